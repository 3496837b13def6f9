package id.kinerja.api.indikator;

/** Whether an indicator is measured in numbers or graded on the {@link id.kinerja.api.common.Predikat} scale. */
public enum Scale {
    ANGKA,
    PREDIKAT
}
