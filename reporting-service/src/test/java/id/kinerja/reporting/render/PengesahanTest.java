package id.kinerja.reporting.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.kinerja.queryapi.dokumen.VersiDokumen;
import id.kinerja.queryapi.fakta.BadungEvents;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.dokumen.PerjanjianKinerjaDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import id.kinerja.reporting.naskah.Naskah;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document as issued carries its data version everywhere: the PDF's page footers, its last block with the QR
 * code (which reads back as the verification address), its metadata and embedded content lines, and a valid PAdES
 * signature; the DOCX and XLSX their footer and properties.
 */
class PengesahanTest {

    /**
     * The QR code is read as the image the service drew (no camera in between): without this hint ZXing's detector
     * fails on about one such image in seven, depending on where the modules fall.
     */
    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);

    private static final Instant AS_OF = Instant.parse("2023-12-31T00:00:00Z");
    private static final String TAUTAN = "http://localhost:8083/api/verifikasi/dokumen?jenis=perjanjian-kinerja"
            + "&tenant=51.03&opd=diskopukmp&tahun=2023&per=2023-12-31T00:00:00Z&rantai=51.03:17:abcd&sidik=";

    private final TandaTanganElektronik tte = new TandaTanganElektronik("", "", "", true);
    private final HtmlRenderer html = new HtmlRenderer(Templates.engine());
    private final Renderers renderers = new Renderers(html, new PdfRenderer(html, tte), new DocxRenderer(),
            new XlsxRenderer());

    @Test
    void the_pdf_shows_its_version_in_every_footer_in_a_qr_code_and_in_its_metadata() throws Exception {
        Dokumen dokumen = issued();
        byte[] pdf = renderers.render(dokumen, Format.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).contains("Versi data 51.03/diskopukmp 2023 per " + AS_OF);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Periksa keaslian dokumen ini");
            assertThat(text.replaceAll("\\s+", "")).as("the full version, wrapped on the last page")
                    .contains("sidikjari" + Naskah.sidikJari(dokumen), dokumen.pengesahan().tautan());
            assertThat(decodeQr(document.getPage(document.getNumberOfPages() - 1)))
                    .isEqualTo(dokumen.pengesahan().tautan());
            MetadataPdf.Isi isi = MetadataPdf.baca(document).orElseThrow();
            assertThat(isi.versi()).isEqualTo(dokumen.pengesahan().versi());
            assertThat(isi.baris()).isEqualTo(Naskah.baris(dokumen));
            assertThat(document.getDocumentInformation().getSubject()).startsWith("Versi data: perjanjian-kinerja");
        }
    }

    @Test
    void the_pdf_carries_a_valid_pades_signature() throws Exception {
        byte[] pdf = renderers.render(issued(), Format.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getCOSObject().getCOSName(COSName.FILTER).getName()).isEqualTo("Adobe.PPKLite");
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(certificate.getSubject().toString()).contains("Kinerja Pengembangan (bukan TTE sah)");
            assertThat(signer.getSignedAttributes().get(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime))
                    .as("PAdES: the signing time is in the signature dictionary, not in the CMS").isNull();
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(pdf.length);
        }
        assertThat(tte.ditandatanganiDiSini(pdf)).isTrue();
        byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 1);
        appended[pdf.length] = '\n';
        assertThat(tte.ditandatanganiDiSini(appended)).as("changed after signing").isFalse();
        assertThat(new TandaTanganElektronik("", "", "", true).ditandatanganiDiSini(pdf)).as("another key").isFalse();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void docx_and_xlsx_carry_the_version_in_footer_and_properties() throws Exception {
        Dokumen dokumen = issued();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderers.render(dokumen, Format.DOCX)))) {
            assertThat(docx.getFooterList()).singleElement().satisfies(f -> assertThat(f.getText())
                    .contains("Versi data 51.03/diskopukmp 2023"));
            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getProperties().getCustomProperties().getProperty(MetadataPdf.VERIFIKASI).getLpwstr())
                    .isEqualTo(dokumen.pengesahan().tautan());
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(renderers.render(dokumen, Format.XLSX)))) {
            assertThat(xlsx.getSheetAt(0).getFooter().getLeft()).contains("sidik jari");
            assertThat(xlsx.getAllPictures()).hasSize(1);
            assertThat(xlsx.getProperties().getCustomProperties().getProperty(MetadataPdf.VERSI).getLpwstr())
                    .contains("\"sidikJari\":\"" + dokumen.pengesahan().versi().sidikJari());
        }
    }

    private static Dokumen issued() {
        FaktaPk fakta = BadungEvents.fakta(true);
        Dokumen dokumen = PerjanjianKinerjaDokumen.of(PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName()), AS_OF);
        String sidik = Naskah.sidikJari(dokumen);
        VersiDokumen versi = new VersiDokumen("perjanjian-kinerja", "51.03", "diskopukmp", 2023, null, AS_OF,
                List.of(new VersiDokumen.Rantai("51.03", 17, "abcd")), sidik);
        return dokumen.dengan(new Dokumen.Pengesahan(versi, TAUTAN + sidik, "Versi data: perjanjian-kinerja 51.03/"
                + "diskopukmp tahun 2023, tercatat per " + AS_OF + "; sidik jari " + sidik + ".",
                "Versi data 51.03/diskopukmp 2023 per " + AS_OF + " · rantai 51.03 #17 · sidik jari "
                        + sidik.substring(0, 16)));
    }

    /** Reads the QR code the way a phone would: the largest image on the page, decoded by ZXing. */
    static String decodeQr(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0,
                        picture.getWidth());
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                        picture.getWidth(), picture.getHeight(), pixels))), PURE).getText();
            }
        }
        throw new AssertionError("no image on the page");
    }
}
