import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// CPU-bound tests (figure composition, geodata rebuild) share 2 cores with builds in CI.
		testTimeout: 30_000,
		expect: { requireAssertions: true }
	}
});
