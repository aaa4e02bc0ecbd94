// Pin colour so snapshots and `toContain` assertions do not depend on the terminal running the tests.
process.env['FORCE_COLOR'] = '0';
process.env['TZ'] = 'UTC';
