package id.kinerja.command.buktidukung;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a directory, one per hash under two levels of fan-out ({@code ab/cd/abcd…}) so no directory grows
 * huge. A file is written to a temporary name and moved into place, so a reader never sees half of one; a file
 * already there is left alone. Not transactional: a write whose attachment is then refused leaves a file no event
 * names, which takes space but is never served.
 */
class PenyimpananDirektori implements PenyimpananBerkas {

    private final Path root;

    PenyimpananDirektori(Path root) {
        this.root = root;
    }

    @Override
    public void simpan(String sha256, byte[] isi) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".tmp");
            Files.write(temporary, isi);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(temporary);
                if (!Files.exists(target)) {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("berkas " + sha256 + " tidak dapat disimpan di " + root, e);
        }
    }

    @Override
    public Optional<byte[]> baca(String sha256) {
        try {
            return Sidik.checked(sha256, Files.readAllBytes(path(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("berkas " + sha256 + " tidak dapat dibaca dari " + root, e);
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
