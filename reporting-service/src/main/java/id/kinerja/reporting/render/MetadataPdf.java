package id.kinerja.reporting.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventJson;
import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Naskah;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's data version in its PDF: the document information (title, subject = the version line, keywords =
 * the fingerprint, {@code KinerjaVersi} = the version as JSON, {@code KinerjaVerifikasi} = where to check it), and its
 * content lines as an embedded JSON file, so the verification can say line by line what differs from the events.
 */
public final class MetadataPdf {

    static final String VERSI = "KinerjaVersi";
    static final String VERIFIKASI = "KinerjaVerifikasi";
    static final String NASKAH = "kinerja-naskah.json";
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };

    /** What a PDF says about itself: its version and its content lines. */
    public record Isi(VersiDokumen versi, List<String> baris) {
    }

    private MetadataPdf() {
    }

    static void tulis(PDDocument document, Dokumen dokumen) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(String.join(" — ", dokumen.judul()));
        info.setCreator("Kinerja");
        info.setCreationDate(Calendar.getInstance());
        Dokumen.Pengesahan pengesahan = dokumen.pengesahan();
        if (pengesahan == null) {
            return;
        }
        info.setSubject(pengesahan.teks());
        info.setKeywords("sidik jari " + pengesahan.versi().sidikJari());
        info.setCustomMetadataValue(VERSI, json(pengesahan.versi()));
        info.setCustomMetadataValue(VERIFIKASI, pengesahan.tautan());
        byte[] lines = JSON.writeValueAsBytes(Naskah.baris(dokumen));
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(lines));
        file.setSubtype("application/json");
        file.setSize(lines.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(NASKAH);
        spec.setFileUnicode(NASKAH);
        spec.setEmbeddedFile(file);
        spec.setFileDescription("Isi dokumen baris demi baris, untuk verifikasi");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(NASKAH, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    /** A version as the JSON every format's metadata holds. */
    static String json(VersiDokumen versi) {
        try {
            return JSON.writeValueAsString(versi);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version and content lines a Kinerja PDF carries; empty for any other PDF. */
    public static Optional<Isi> baca(PDDocument document) {
        String versi = document.getDocumentInformation().getCustomMetadataValue(VERSI);
        if (versi == null) {
            return Optional.empty();
        }
        try {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDComplexFileSpecification spec = names == null || names.getEmbeddedFiles() == null ? null
                    : names.getEmbeddedFiles().getNames().get(NASKAH);
            List<String> lines = spec == null ? null : JSON.readValue(spec.getEmbeddedFile().toByteArray(), LINES);
            return Optional.of(new Isi(JSON.readValue(versi, VersiDokumen.class), lines));
        } catch (IOException e) {
            return Optional.empty(); // metadata that cannot be read is no Kinerja version
        }
    }
}
