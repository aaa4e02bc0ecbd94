// Pin colour so snapshots and `toContain` assertions do not depend on the terminal running the tests.
process.env['FORCE_COLOR'] = '0';
process.env['TZ'] = 'UTC';
// CI runs set CI=true, and Ink then draws only the last frame; these tests read every frame, as a
// person at a terminal sees them (the CLI does the same when both ends are terminals).
process.env['CI'] = '0';
delete process.env['CONTINUOUS_INTEGRATION'];
