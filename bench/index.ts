// `npm run bench`: runs every bench/*.bench.ts in turn. Each file's default export measures its
// subject against a baseline in the same run and prints ratios, because the machines are shared
// and absolute timings are noise. `npm run bench -- understanding` runs only matching files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { default: () => Promise<void> };
    console.log(`\n## ${file.replace('.bench.ts', '')}`);
    await mod.default();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
