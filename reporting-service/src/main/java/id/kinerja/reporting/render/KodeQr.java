package id.kinerja.reporting.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The verification address as a QR code (ZXing): a PNG every format embeds, medium error correction, two modules of
 * quiet zone. Each module is {@value #PIXELS} × {@value #PIXELS} pixels (about 150 px for a verification address, 28 mm
 * on paper): sharp at any scale, since modules fall on whole pixels, and small — drawing a 300 px image pixel by
 * pixel, then decoding it again into the PDF, was a fifth of a PK PDF's rendering time.
 */
final class KodeQr {

    private static final int PIXELS = 4;
    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private KodeQr() {
    }

    static byte[] png(String text) {
        try {
            // size 0: ZXing's smallest matrix, one pixel per module
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int modules = matrix.getWidth();
            BufferedImage image = new BufferedImage(modules * PIXELS, modules * PIXELS,
                    BufferedImage.TYPE_BYTE_BINARY);
            WritableRaster raster = image.getRaster();
            int[] white = new int[image.getWidth() * image.getHeight()];
            Arrays.fill(white, WHITE);
            raster.setSamples(0, 0, image.getWidth(), image.getHeight(), 0, white);
            int[] module = new int[PIXELS * PIXELS];
            Arrays.fill(module, BLACK);
            for (int y = 0; y < modules; y++) {
                for (int x = 0; x < modules; x++) {
                    if (matrix.get(x, y)) {
                        raster.setSamples(x * PIXELS, y * PIXELS, PIXELS, PIXELS, 0, module);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("the verification address does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }
}
