import { run } from './index';

run(process.argv.slice(2), {
	stdin: process.stdin,
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
}).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(
			`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
		);
		process.exitCode = 1;
	}
);
