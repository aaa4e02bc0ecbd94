import {describe, expect, it} from 'vitest';
import {fixture, runCli} from '../helpers/cli.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('knows, the built CLI as a process', () => {
	it('--json: categories of tables with rows, columns, ISO date ranges and highlights', () => {
		const {code, stdout, stderr} = runCli(['knows', '--demo', '--json']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const o = JSON.parse(stdout);
		expect(o.format).toBe('full export');
		expect(o.highlightRowCap).toBe(200_000);
		expect(o.categories[0].id).toBe('ACCOUNT');
		const tables = o.categories.flatMap((c: any) => c.tables);
		expect(o.totals.tables).toBe(tables.length);
		for (const t of tables) {
			expect(Object.keys(t).sort()).toEqual(
				['capped', 'columns', 'dateRange', 'description', 'empty', 'highlightRows', 'highlights', 'name', 'path', 'problem', 'rows', 'title'].sort(),
			);
			expect(t.description.length).toBeGreaterThan(10);
			if (t.dateRange) {
				expect(t.dateRange.first).toMatch(ISO);
				expect(t.dateRange.last).toMatch(ISO);
				expect(t.dateRange.first <= t.dateRange.last).toBe(true);
			}
			for (const h of t.highlights) expect(['string', 'number']).toContain(typeof h.value);
		}
		const login = tables.find((t: any) => t.name === 'IpAddressesLogin');
		expect(login).toMatchObject({rows: 6, empty: false, highlights: expect.arrayContaining([{label: 'IP addresses', value: 6}])});
		expect(tables.find((t: any) => t.name === 'CSContact')).toMatchObject({empty: true, rows: 0});
	});

	it('prints text by category, says which tables are empty, and ignores --profile (account-wide)', () => {
		const {code, stdout} = runCli(['knows', fixture('legacy-export.zip'), '--profile', 'Alex']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^What Netflix knows about this account/);
		expect(stdout).toContain('IP ADDRESSES (where the account was used from)');
		expect(stdout).toMatch(/Interactive titles \(InteractiveTitles\) · empty\n.*Netflix found no data/);
		expect(stdout).toMatch(/IP addresses: sign-ins \(IpAddressesLogin\) · \d+ rows · \d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}/);
		expect(stdout).toContain('Mom & Dad');
	});

	it('needs an export, like every command', () => {
		const {code, stderr} = runCli(['knows']);
		expect(code).toBe(2);
		expect(stderr).toContain('knows needs an export');
	});
});
