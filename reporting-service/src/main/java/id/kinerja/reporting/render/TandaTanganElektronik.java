package id.kinerja.reporting.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The PAdES digital signature of every PDF (ETSI.CAdES.detached, baseline B-B: a detached CMS signature with the
 * signing certificate bound by ESS signing-certificate-v2, the signing time in the signature dictionary), as
 * Indonesian electronic signatures (TTE) require, made with Apache PDFBox and Bouncy Castle. The key is a PKCS#12
 * keystore ({@code kinerja.tte.keystore}, {@code .password}, {@code .alias}) — in a deployment the agency's
 * certified key; or, with {@code kinerja.tte.pengembangan=true} (the local stack), a self-signed development key
 * made at start-up, plainly named as no legal TTE. Without either, PDFs are not signed.
 */
@Component
public class TandaTanganElektronik {

    private static final Logger log = LoggerFactory.getLogger(TandaTanganElektronik.class);
    private static final String DEVELOPMENT = "CN=Kinerja Pengembangan (bukan TTE sah), O=Kinerja, C=ID";

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public TandaTanganElektronik(@Value("${kinerja.tte.keystore:}") String keystore,
                                 @Value("${kinerja.tte.password:}") String password,
                                 @Value("${kinerja.tte.alias:}") String alias,
                                 @Value("${kinerja.tte.pengembangan:false}") boolean pengembangan) {
        try {
            if (!keystore.isBlank()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(Path.of(keystore))) {
                    store.load(in, password.toCharArray());
                }
                String name = alias.isBlank() ? store.aliases().nextElement() : alias;
                this.key = (PrivateKey) store.getKey(name, password.toCharArray());
                this.chain = java.util.Arrays.stream(store.getCertificateChain(name))
                        .map(X509Certificate.class::cast).toList();
                log.info("PDFs are signed (PAdES) as {}", chain.get(0).getSubjectX500Principal());
            } else if (pengembangan) {
                KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
                this.key = pair.getPrivate();
                this.chain = List.of(selfSigned(pair));
                log.warn("PDFs are signed with a DEVELOPMENT key ({}): not a legal TTE", DEVELOPMENT);
            } else {
                this.key = null;
                this.chain = List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kinerja.tte.keystore cannot be read", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the TTE key cannot be used", e);
        }
    }

    /** The certificate PDFs are signed with, when they are. */
    public Optional<X509Certificate> sertifikat() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    /**
     * Whether a PDF carries an intact signature made with this service's key over the whole file: a document this
     * service issued, unchanged since.
     */
    public boolean ditandatanganiDiSini(byte[] pdf) {
        if (key == null) {
            return false;
        }
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                return false;
            }
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return false;
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            X509Certificate ours = chain.get(0);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(ours))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Saves the document, signed when a key is configured; returns the bytes to deliver. A signature is an
     * incremental update, which PDFBox writes only for a document read from bytes: a new one is saved and read once.
     */
    byte[] tandatangani(PDDocument document, String reason) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        document.save(saved);
        if (key == null) {
            return saved.toByteArray();
        }
        try (PDDocument loaded = org.apache.pdfbox.Loader.loadPDF(saved.toByteArray())) {
            return signed(loaded, reason);
        }
    }

    private byte[] signed(PDDocument document, String reason) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
        signature.setName(chain.get(0).getSubjectX500Principal().getName());
        signature.setReason(reason);
        signature.setLocation("Indonesia");
        signature.setSignDate(Calendar.getInstance());
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(16_384);
            document.addSignature(signature, this::cms, options);
            document.saveIncremental(out);
        }
        return out.toByteArray();
    }

    /** The detached CMS signature of the signed byte range, PAdES B-B: no signing-time attribute in the CMS. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = chain.get(0);
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            AttributeTable signingCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()))))));
            CMSAttributeTableGenerator attributes = parameters -> new DefaultSignedAttributeTableGenerator(
                    signingCertificate).getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(attributes)
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.<Certificate>copyOf(chain)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the PDF could not be signed", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, OperatorCreationException {
        X500Name name = new X500Name(DEVELOPMENT);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}
