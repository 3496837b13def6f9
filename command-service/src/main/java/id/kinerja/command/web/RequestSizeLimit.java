package id.kinerja.command.web;

import id.kinerja.command.buktidukung.JenisBerkas;
import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;
import id.kinerja.web.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies larger than the API needs before anything reads them: a command is a few kilobytes,
 * an import file at most {@code kinerja.limits.import-bytes}, a bukti dukung upload one file of at most 20 MB plus
 * the multipart framing. A declared length over the limit is refused at once; a body without one (chunked) is cut
 * off as it streams in, so an endless body cannot exhaust memory. Tomcat then reads and discards the rest of a
 * refused upload ({@code server.tomcat.max-swallow-size}), so the client receives the problem rather than a
 * reset connection.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for the multipart boundaries and part headers around one file. */
    private static final long MULTIPART_FRAMING = 64 * 1024;

    private final long commandBytes;
    private final long importBytes;

    RequestSizeLimit(@Value("${kinerja.limits.command-bytes:1048576}") long commandBytes,
                     @Value("${kinerja.limits.import-bytes:5242880}") long importBytes) {
        this.commandBytes = commandBytes;
        this.importBytes = importBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isUpload(request);
        long limit = upload ? JenisBerkas.UKURAN_MAKSIMUM + MULTIPART_FRAMING
                : request.getRequestURI().startsWith("/api/import") ? importBytes + 1 : commandBytes;
        if (request.getContentLengthLong() > limit) {
            Problem.tulis(response, upload ? new BerkasTerlaluBesar() : new BodyTooLarge(limit));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        return request.getMethod().equals("POST") && request.getRequestURI().endsWith("/bukti-dukung");
    }

    /** The request, its body readable up to the limit and no further. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new BodyTooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** A streamed body passed the limit. */
    /** Thrown while the body is read, so it is an IOException; it reads as a 413 problem. */
    static final class BodyTooLarge extends IOException implements Masalah {
        BodyTooLarge(long limit) {
            super("badan permintaan paling besar " + limit + " byte");
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String rule() {
            return Kaidah.TOO_LARGE;
        }
    }

    /** A bukti dukung upload over the largest file accepted. */
    static final class BerkasTerlaluBesar extends RuntimeException implements Masalah {
        BerkasTerlaluBesar() {
            super("berkas bukti dukung paling besar 20 MB (" + JenisBerkas.UKURAN_MAKSIMUM + " byte)", null, false,
                    false);
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String rule() {
            return "berkas-terlalu-besar";
        }

        @Override
        public String field() {
            return "berkas";
        }
    }
}
