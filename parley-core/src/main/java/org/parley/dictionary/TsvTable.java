package org.parley.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * A tab-separated table as Parley's resources are written: '#' comment lines, one header line, then rows.
 * Small and strict by design (a general CSV library would accept ragged rows silently): every row must have as
 * many cells as the header, and errors name the file and line.
 */
public final class TsvTable {
    private final String name;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private TsvTable(String name, Map<String, Integer> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a classpath resource; a name ending in {@code .gz} is read through gzip. */
    public static TsvTable resource(String path) throws InvalidDictionaryException {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new InvalidDictionaryException(path, 0, "resource not found on the classpath");
        }
        if (path.endsWith(".gz")) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                throw new InvalidDictionaryException(path, 0, "not gzip data: " + e.getMessage(), e);
            }
        }
        return read(path, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads a file. */
    public static TsvTable file(Path path) throws InvalidDictionaryException {
        try {
            return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidDictionaryException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    static TsvTable read(String name, Reader source) throws InvalidDictionaryException {
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].strip(), i);
                    }
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new InvalidDictionaryException(name, lineNo,
                            "expected " + columns.size() + " tab-separated cells, found " + cells.length);
                }
                rows.add(new Row(name, lineNo, cells));
            }
        } catch (IOException e) {
            throw new InvalidDictionaryException(name, lineNo, "cannot read: " + e.getMessage(), e);
        }
        if (columns == null) {
            throw new InvalidDictionaryException(name, lineNo, "no header line");
        }
        TsvTable table = new TsvTable(name, Map.copyOf(columns), List.copyOf(rows));
        for (Row row : rows) {
            row.table = table;
        }
        return table;
    }

    /** The rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The file or resource name. */
    public String name() {
        return name;
    }

    /** Fails unless every named column is in the header. */
    public TsvTable require(String... names) throws InvalidDictionaryException {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new InvalidDictionaryException(name, 1, "missing column '" + column + "'");
            }
        }
        return this;
    }

    /** One data row. */
    public static final class Row {
        private final String file;
        private final int line;
        private final String[] cells;
        private TsvTable table;

        private Row(String file, int line, String[] cells) {
            this.file = file;
            this.line = line;
            this.cells = cells;
        }

        /** The stripped cell of a column; empty when blank. */
        public String get(String column) {
            Integer index = Objects.requireNonNull(table.columns.get(column), () -> "no column " + column);
            return cells[index].strip();
        }

        /** The '|'-separated values of a cell, without blanks. */
        public List<String> list(String column) {
            String cell = get(column);
            List<String> values = new ArrayList<>();
            for (String value : cell.split("\\|")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            return values;
        }

        /** An error at this row. */
        public InvalidDictionaryException error(String problem) {
            return new InvalidDictionaryException(file, line, problem);
        }

        /** The 1-based line number. */
        public int line() {
            return line;
        }
    }
}
