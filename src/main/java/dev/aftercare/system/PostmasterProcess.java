package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.sun.security.auth.module.UnixSystem;

/**
 * Whether a process is the PostgreSQL server of a data directory, by what the operating
 * system says of it rather than by the pid a {@code postmaster.pid} names: after a reboot
 * or a long while that pid can be any process, of any user.
 */
final class PostmasterProcess {

	private static final Path PROC = Path.of("/proc");

	private PostmasterProcess() {
	}

	/**
	 * Whether {@code process} runs a {@code postgres} binary, as the job's user, on
	 * {@code dataDirectory}. When the system does not say, it is taken for another
	 * process.
	 */
	static boolean serves(ProcessHandle process, Path dataDirectory) {
		try {
			Path data = dataDirectory.toRealPath();
			return isOurs(process) && runsPostgres(process) && runsOn(process, data);
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return false;
		}
	}

	private static boolean isOurs(ProcessHandle process) throws IOException {
		Path proc = PROC.resolve(Long.toString(process.pid()));
		if (Files.isDirectory(proc)) {
			return ((Number) Files.getAttribute(proc, "unix:uid")).longValue() == new UnixSystem().getUid();
		}
		return process.info().user().filter(System.getProperty("user.name")::equals).isPresent();
	}

	private static boolean runsPostgres(ProcessHandle process) {
		// on Linux from /proc/<pid>/exe: the binary itself, whatever its command line
		// says
		return process.info()
			.command()
			.map((command) -> Path.of(command).getFileName().toString())
			.filter("postgres"::equals)
			.isPresent();
	}

	private static boolean runsOn(ProcessHandle process, Path data) throws IOException {
		// the postmaster works in its data directory
		Path cwd = PROC.resolve(Long.toString(process.pid())).resolve("cwd");
		if (Files.isSymbolicLink(cwd)) {
			return Files.readSymbolicLink(cwd).equals(data);
		}
		List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
		int flag = arguments.indexOf("-D");
		return Optional.of(flag)
			.filter((index) -> index >= 0 && index + 1 < arguments.size())
			.map((index) -> Path.of(arguments.get(index + 1)).toAbsolutePath().normalize().equals(data))
			.orElse(false);
	}

}
