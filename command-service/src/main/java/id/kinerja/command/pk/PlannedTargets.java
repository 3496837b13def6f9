package id.kinerja.command.pk;

import id.kinerja.api.common.Periode.Granularity;
import id.kinerja.api.rencanaaksi.PeriodTarget;

import java.util.List;

/** An indicator's Rencana Aksi as last set. */
record PlannedTargets(Granularity granularity, List<PeriodTarget> targets, String responsible) {
}
