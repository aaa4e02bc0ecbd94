import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {tempDir} from '../helpers/exports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const {dir, cleanup} = tempDir();
afterAll(cleanup);

describe('npm pack', () => {
	it('gives a tarball that installs into an empty folder and runs netflix-tui --demo there', () => {
		const npm = (args: string[], cwd: string) =>
			execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, npm_config_audit: 'false', npm_config_fund: 'false'}});
		npm(['pack', '--pack-destination', dir, '--silent'], root);
		const tarball = readdirSync(dir).find(f => f.endsWith('.tgz'));
		expect(tarball).toBeDefined();
		const app = path.join(dir, 'app');
		execFileSync('mkdir', ['-p', app]);
		npm(['init', '-y', '--silent'], app);
		npm(['install', '--prefer-offline', '--no-package-lock', path.join(dir, tarball!)], app);
		const bin = path.join(app, 'node_modules', '.bin', 'netflix-tui');
		const run = spawnSync(bin, ['--demo'], {cwd: app, encoding: 'utf8', env: {...process.env, TZ: 'UTC'}});
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('full export');
		expect(run.stdout).toContain('Begüm 🌙');
		const help = spawnSync(bin, ['--help'], {cwd: app, encoding: 'utf8'});
		expect(help.stdout).toContain('netflix-tui summary');
	}, 180_000);
});
