package dev.aftercare.approvals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.run.PrivateFiles;

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

	private OutboxFile() {
	}

	static void createOutbox(Path outbox) throws IOException {
		PrivateFiles.createPrivateDirectory(outbox.toAbsolutePath());
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
		Path temporary = PrivateFiles.createPrivateFile(outbox.resolve(TEMPORARY_PREFIX + file.getFileName()));
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			ByteBuffer bytes = ByteBuffer.wrap(csv(lines).getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
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
