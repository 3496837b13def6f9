package id.kinerja.command.impor;

import id.kinerja.api.common.TenantId;

/**
 * One command of an import, with the place in the file it came from.
 *
 * @param onlyIfMissing registration steps (tenant, OPD, Renstra and its tujuan/sasaran) are skipped when what
 *                      they register already exists, so a second planning year reuses them
 */
record ImportStep(String path, int line, TenantId tenant, Object command, boolean onlyIfMissing) {
}
