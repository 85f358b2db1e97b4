package dev.aftercare.system;

import dev.aftercare.run.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Internal outputs are readable by the job's user and group only, from the moment they
 * exist.
 */
class PrivateFilesTests {

	@TempDir
	Path directory;

	@Test
	void aPrivateDirectoryIsOpenToTheGroupOnlyAndItsParentsAreMadeAsUsual() throws IOException {
		Path internal = PrivateFiles.createPrivateDirectory(this.directory.resolve("period/internal"));
		assertThat(mode(internal)).isEqualTo("rwxr-x---");
		assertThat(this.directory.resolve("period")).isDirectory();
	}

	@Test
	void anExistingDirectoryOpenToEveryoneIsClosed() throws IOException {
		Path billing = Files.createDirectory(this.directory.resolve("billing"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
		Files.setPosixFilePermissions(billing, PosixFilePermissions.fromString("rwxrwxrwx"));
		PrivateFiles.createPrivateDirectory(billing);
		assertThat(mode(billing)).isEqualTo("rwxr-x---");
	}

	@Test
	void aLinkWhereThePrivateDirectoryGoesIsRefused() throws IOException {
		Path elsewhere = Files.createDirectory(this.directory.resolve("elsewhere"));
		Path link = Files.createSymbolicLink(this.directory.resolve("internal"), elsewhere);
		assertThatExceptionOfType(FileAlreadyExistsException.class)
			.isThrownBy(() -> PrivateFiles.createPrivateDirectory(link));
	}

	@Test
	void aPrivateFileReplacesWhatAnEarlierAttemptLeftAndAWriterKeepsItsMode() throws IOException {
		Path file = this.directory.resolve("INC-1.pdf");
		Files.writeString(file, "an old attempt, open to everyone");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
		PrivateFiles.createPrivateFile(file);
		assertThat(file).isEmptyFile();
		// what the PDF and Markdown writers do: open with the default options
		Files.writeString(file, "root cause");
		assertThat(mode(file)).isEqualTo("rw-r-----");
		assertThat(file).hasContent("root cause");
	}

	@Test
	void aLinkWhereThePrivateFileGoesIsReplacedNotFollowed() throws IOException {
		Path target = Files.writeString(this.directory.resolve("target.txt"), "untouched");
		Path link = Files.createSymbolicLink(this.directory.resolve("report.pdf"), target);
		PrivateFiles.writePrivate(link, "internal".getBytes(StandardCharsets.UTF_8));
		assertThat(Files.isSymbolicLink(link)).isFalse();
		assertThat(link).hasContent("internal");
		assertThat(mode(link)).isEqualTo("rw-r-----");
		assertThat(target).hasContent("untouched");
	}

	@Test
	void internalOutputsOpenToOthersAreNotPublished() throws IOException {
		Path staging = Files.createDirectory(this.directory.resolve(".2026-10.incomplete"));
		Path internal = PrivateFiles.createPrivateDirectory(staging.resolve(PrivateFiles.INTERNAL));
		PrivateFiles.writePrivate(internal.resolve("INC-1.pdf"), new byte[] { 1 });
		Path leaked = Files.writeString(internal.resolve("INC-2.pdf"), "root cause");
		Files.setPosixFilePermissions(leaked, PosixFilePermissions.fromString("rw-r--r--"));
		Path target = Files.createDirectory(this.directory.resolve("2026-10"));
		Files.writeString(target.resolve("credits.csv"), "last good");
		assertThatIOException().isThrownBy(() -> OutputPublisher.checkPrivate(internal))
			.withMessageContaining("INC-2.pdf is open to others (rw-r--r--)");
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> OutputPublisher.publish(staging, target))
			.withMessageContaining("INC-2.pdf is open to others");
		assertThat(target.resolve("credits.csv")).hasContent("last good");
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
