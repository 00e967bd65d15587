/**
 * Validates the generated Azure AD B2C custom policies against Microsoft's Trust Framework XSD
 * with xmllint (scripts/b2c-schema.ts):
 *
 *   npm run check:b2c-schema [-- --schema PATH]
 *
 * Default schema: ../shared/reference/b2c/TrustFrameworkPolicy_0.3.0.0.libxml2.xsd beside the
 * repository, or AUTH_PLATFORM_B2C_SCHEMA. Exits 0 with "skipped: ..." when that default is
 * absent; a --schema PATH that does not exist exits 2 naming it; 1 when any policy fails (or
 * xmllint is missing while the schema is present).
 */
import { checkB2cSchema } from "./b2c-schema";

checkB2cSchema(process.argv.slice(2), { out: console.log, err: console.error }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 3;
  },
);
