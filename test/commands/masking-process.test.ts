import {beforeAll, describe, expect, it} from 'vitest';
import {parseInvocation, type CommandName} from '../../source/commands/args.js';
import {runCommand} from '../../source/commands/run-command.js';
import {openExport} from '../../source/load/open-export.js';
import type {ExportView} from '../../source/load/open-export.js';
import {runCli} from '../helpers/cli.js';
import {SAMPLE} from '../helpers/render.js';
import {leaked, sampleSecrets} from '../helpers/secrets.js';

let secrets: string[];
let view: ExportView;
beforeAll(async () => {
	secrets = await sampleSecrets();
	view = await openExport(SAMPLE);
});

/** What a command prints, run in this process on the sample (the code the CLI runs after reading argv). */
async function output(args: string[]): Promise<string> {
	const inv = parseInvocation([args[0]!, '--demo', ...args.slice(1)]);
	return runCommand(inv.command as CommandName, view, inv, '0.0.0');
}

describe('personal values in the commands’ output (the built CLI)', () => {
	it('finds the sample’s personal values to look for', () => {
		for (const s of ['Sasha', 'Quinnell', 'sasha@', '+1 555 0100', '12 Example Street, Springfield', '2001:db8:85a3::8a2e:370:7334']) expect(secrets).toContain(s);
		expect(secrets.filter(s => /^\d+\.\d+\.\d+\.\d+$/.test(s)).length).toBeGreaterThan(5);
	});

	it('shows none of them in any command, text or JSON, without --reveal', async () => {
		const tables = [...new Set(view.loaded.layout.tables.map(t => t.name))];
		expect(tables.length).toBeGreaterThan(20);
		const runs = [['summary'], ['profiles'], ['stopped'], ['search', 'dark'], ['history'], ['doctor'], ['knows'], ...tables.map(t => ['table', t])];
		for (const args of runs) {
			for (const json of [[], ['--json']]) {
				const text = await output([...args, ...json]);
				expect(text.length, args.join(' ')).toBeGreaterThan(20);
				expect(leaked(text, secrets), `${args.join(' ')} ${json.join(' ')}`).toEqual([]);
			}
		}
		// The same commands with --reveal show them: the check above looks for what is there.
		expect(leaked(await output(['table', 'ChatTranscripts', '--reveal', '--json']), secrets).length).toBeGreaterThan(3);
	});

	it('shows none of them in the built CLI’s knows and table', () => {
		for (const args of [['knows'], ['table', 'ExtraMembers']]) {
			const {code, stdout} = runCli([args[0]!, '--demo', ...args.slice(1)]);
			expect(code).toBe(0);
			expect(leaked(stdout, secrets)).toEqual([]);
		}
	});

	it('shows them with --reveal, and says so', () => {
		const account = runCli(['table', '--demo', 'AccountDetails', '--reveal']);
		expect(account.stdout).toContain('sasha@example.com');
		expect(account.stdout).toContain('personal values shown');
		const knows = runCli(['knows', '--demo', '--reveal']);
		expect(knows.stdout).toContain('email: sasha@example.com');
		expect(knows.stdout).toContain('name: Sasha Quinnell');
		const chat = JSON.parse(runCli(['table', '--demo', 'ChatTranscripts', '--reveal', '--json']).stdout);
		expect(chat.masked).toBe(false);
		expect(JSON.stringify(chat.data)).toContain('203.0.113.77');
	});
});

describe('table, the built CLI as a process', () => {
	it('lists a table’s rows masked, times in local time, at most --limit', () => {
		const {code, stdout} = runCli(['table', '--demo', 'IpAddressesLogin', '--limit', '2'], {TZ: 'Asia/Tokyo'});
		expect(code).toBe(0);
		expect(stdout).toMatch(/^IP addresses: sign-ins \(IpAddressesLogin\) · 6 rows, the first 2 shown · personal values masked/);
		expect(stdout).toMatch(/Esn +Country +Device Description +Ip +Region Code Display Name +Ts/);
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[4]).toMatch(/(203\.0\.113|198\.51\.100)\.• /);
		// 2022-11-17T11:10:xxZ is 20:10 in Tokyo.
		expect(lines[4]).toContain('2022-11-17 20:10');
	});

	it('answers --json with the columns, the count and each row by column, values as in the file', () => {
		const o = JSON.parse(runCli(['table', '--demo', 'billinghistory', '--json', '--limit', '4']).stdout);
		expect(o).toMatchObject({name: 'BillingHistory', rows: 192, shown: 4, masked: true, problem: null});
		expect(o.columns).toContain('Mop Last 4');
		expect(o.data).toHaveLength(4);
		expect(o.data[0]['Mop Last 4']).toBe('…4242');
		expect(o.data[0]['Transaction Date']).toBe('2022-01-01');
	});

	it('says which tables there are when the name is wrong, and needs a name', () => {
		const wrong = runCli(['table', '--demo', 'Nope']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toMatch(/^netflix-tui: no table "Nope" in this export; tables: AccessAndDevices, AccountDetails, /);
		const none = runCli(['table', '--demo']);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('table needs a table name');
	});

	it('adds the answers of the other tables to knows --json', () => {
		const o = JSON.parse(runCli(['knows', '--demo', '--json']).stdout);
		expect(o.masked).toBe(true);
		const alex = o.answers.searches.find((p: any) => p.profile === 'Alex');
		// The sample searched its first profile's first show two hours before watching it (scripts/generator).
		expect(alex.watched.some((w: any) => w.afterSeconds === 7200)).toBe(true);
		expect(alex.neverWatched.map((w: any) => w.title)).toContain('The Unwatched Example');
		expect(o.answers.myList.neverStarted.map((i: any) => i.title)).toContain('The Unwatched Example');
		expect(o.answers.myList.startedUnfinishedCount + o.answers.myList.finishedCount).toBeGreaterThan(0);
		expect(o.answers.ratings.byRating['two thumbs up']).toBeGreaterThan(0);
	});
});
