package dev.aftercare.speed;

import java.io.File;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.Version;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the speed seam relies on inside POI, which POI does not promise to keep: the
 * protected members {@link SheetXmlWriter} and {@link StreamingWorkbook} override or use.
 * A POI upgrade that changes one of them fails here, by name, before a sheet comes out
 * different; the differential tests then say whether the seam still writes what POI
 * writes.
 */
class PoiSeamTests {

	@Test
	void sheetDataWriterStillHasWhatSheetXmlWriterUses() {
		Field out = field(SheetDataWriter.class, "_out");
		expect("_out", out.getType() == Writer.class && Modifier.isProtected(out.getModifiers()), "a protected Writer");
		expect("SheetDataWriter()", Modifier.isPublic(constructor(SheetDataWriter.class).getModifiers()),
				"a public constructor");
		overridable(SheetDataWriter.class, "createWriter", Writer.class, File.class);
		overridable(SheetDataWriter.class, "writeRow", void.class, int.class, SXSSFRow.class);
		overridable(SheetDataWriter.class, "writeCell", void.class, int.class, Cell.class);
		overridable(SheetDataWriter.class, "outputEscapedString", void.class, String.class);
	}

	@Test
	void sxssfWorkbookStillHasWhatStreamingWorkbookUses() {
		expect("SXSSFWorkbook(int)", Modifier.isPublic(constructor(SXSSFWorkbook.class, int.class).getModifiers()),
				"a public constructor");
		overridable(SXSSFWorkbook.class, "createSheetDataWriter", SheetDataWriter.class);
		overridable(SXSSFWorkbook.class, "createArchiveOutputStream", ZipArchiveOutputStream.class, OutputStream.class);
		overridable(SXSSFWorkbook.class, "setCompressTempFiles", void.class, boolean.class);
	}

	@Test
	void theWriterPoiWritesThroughIsTheOneCreateWriterMade() throws Exception {
		// SheetXmlWriter escapes into _out as a Utf8Writer: POI must fill _out from
		// createWriter
		SheetXmlWriter writer = new SheetXmlWriter();
		Field file = field(SheetDataWriter.class, "_fd");
		file.setAccessible(true);
		try (writer) {
			Field out = field(SheetDataWriter.class, "_out");
			out.setAccessible(true);
			expect("_out", out.get(writer) instanceof Utf8Writer, "the writer createWriter(File) returned");
		}
		finally {
			Files.deleteIfExists(((File) file.get(writer)).toPath());
		}
	}

	@Test
	void aChangeIsNamedWithThePoiVersionAndWhatToDo() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> overridable(SheetDataWriter.class, "writeCell", void.class, int.class, String.class))
			.withMessage("POI " + Version.getVersion() + " changed SheetDataWriter.writeCell (is gone or takes other"
					+ " parameters): the speed seam in dev.aftercare.speed must be checked against the plain path"
					+ " before upgrading");
	}

	private static void overridable(Class<?> type, String name, Class<?> returns, Class<?>... parameters) {
		Method method;
		try {
			method = type.getDeclaredMethod(name, parameters);
		}
		catch (NoSuchMethodException ex) {
			throw changed(type.getSimpleName() + "." + name, "is gone or takes other parameters");
		}
		expect(type.getSimpleName() + "." + name, method.getReturnType() == returns, "to return " + returns);
		int modifiers = method.getModifiers();
		expect(type.getSimpleName() + "." + name, (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
				&& !Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers),
				"a public or protected method to override");
	}

	private static Field field(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw changed(type.getSimpleName() + "." + name, "is gone");
		}
	}

	private static Executable constructor(Class<?> type, Class<?>... parameters) {
		try {
			return type.getDeclaredConstructor(parameters);
		}
		catch (NoSuchMethodException ex) {
			throw changed(type.getSimpleName() + " constructor", "is gone");
		}
	}

	private static void expect(String member, boolean holds, String expected) {
		if (!holds) {
			throw changed(member, "is no longer " + expected);
		}
	}

	private static AssertionError changed(String member, String how) {
		return new AssertionError("POI " + Version.getVersion() + " changed " + member + " (" + how
				+ "): the speed seam in dev.aftercare.speed must be checked against the plain path before upgrading");
	}

}
