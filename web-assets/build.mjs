// Copies the charting library into the Python package, so that neither npm nor a CDN is
// needed when claimledger runs or is tested. Run `npm ci && npm run build` after changing
// the pinned version in package.json, and commit the result under web/static/vendor/.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "claimledger", "web", "static", "vendor");
const pkg = join(here, "node_modules", "chart.js");
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;

mkdirSync(out, { recursive: true });
copyFileSync(join(pkg, "dist", "chart.umd.js"), join(out, "chart.umd.js"));
copyFileSync(join(pkg, "LICENSE.md"), join(out, "chart.js.LICENSE.md"));
writeFileSync(join(out, "VERSIONS.txt"), `chart.js ${version} (npm, MIT)\n`);
console.log(`vendored chart.js ${version} into ${out}`);
