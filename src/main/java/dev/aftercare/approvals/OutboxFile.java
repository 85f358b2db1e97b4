package dev.aftercare.approvals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.aftercare.credits.MinorUnit;

/**
 * One file of billing's outbox, written so that billing never sees half of it: to a
 * temporary file in the outbox, flushed to disk, then renamed in one step. The outbox is
 * readable by the job's user and group only, and a file that is there is never written
 * again.
 */
final class OutboxFile {

	static final String[] COLUMNS = { "period", "customer_id", "customer_name", "service", "region", "currency",
			"previous_amount", "adjustment_amount", "approved_amount", "reviewer", "approved_at" };

	private static final String TEMPORARY_PREFIX = ".writing-";

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-x---");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");

	private OutboxFile() {
	}

	static void createOutbox(Path outbox) throws IOException {
		if (Files.isDirectory(outbox)) {
			return;
		}
		Files.createDirectories(outbox.toAbsolutePath().getParent());
		if (posix(outbox.toAbsolutePath().getParent())) {
			try {
				Files.createDirectory(outbox, PosixFilePermissions.asFileAttribute(DIRECTORY));
			}
			catch (FileAlreadyExistsException ex) {
				return;
			}
			// the umask may have taken more away; it never gives more
			Files.setPosixFilePermissions(outbox, DIRECTORY);
		}
		else {
			Files.createDirectories(outbox);
		}
	}

	/**
	 * Writes {@code lines} to {@code file} unless it is there already.
	 * @return whether the file was written
	 */
	static boolean write(Path file, List<BillingLine> lines) throws IOException {
		if (Files.exists(file)) {
			return false;
		}
		Path outbox = file.getParent();
		Path temporary = outbox.resolve(TEMPORARY_PREFIX + file.getFileName());
		Files.deleteIfExists(temporary);
		boolean posix = posix(outbox);
		FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) }
				: new FileAttribute<?>[0];
		try (FileChannel channel = FileChannel.open(temporary,
				Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
			ByteBuffer bytes = ByteBuffer.wrap(csv(lines).getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
		}
		if (posix) {
			Files.setPosixFilePermissions(temporary, FILE);
		}
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		syncDirectory(outbox);
		return true;
	}

	/** Removes what a write cut short by a crash left: never a finished file. */
	static void removeUnfinished(Path outbox) throws IOException {
		try (Stream<Path> files = Files.list(outbox)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith(TEMPORARY_PREFIX)).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	static String csv(List<BillingLine> lines) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
			for (BillingLine line : lines) {
				String currency = line.currency();
				printer.printRecord(line.period(), line.key().customerId(), line.customerName(), line.key().service(),
						line.key().region(), currency, money(line.previousAmount(), currency),
						money(line.adjustmentAmount(), currency), money(line.approvedAmount(), currency),
						line.reviewer(), line.approvedAt().toString());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static String money(java.math.BigDecimal amount, String currency) {
		return MinorUnit.round(amount, currency).toPlainString();
	}

	private static boolean posix(Path directory) {
		return Files.getFileAttributeView(directory, java.nio.file.attribute.PosixFileAttributeView.class) != null;
	}

	/** A rename is durable once the directory that holds it is. */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// not every system can open a directory; the rename is done all the same
		}
	}

}
