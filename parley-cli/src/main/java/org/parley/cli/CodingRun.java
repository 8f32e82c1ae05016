package org.parley.cli;

import java.io.PrintWriter;
import org.parley.io.DocumentReader;
import org.parley.io.ReadReport;
import org.parley.pipeline.OrderedParallelCoder;
import org.parley.pipeline.Parley;

/** Reads the inputs, codes them in parallel and hands the coded documents on in order. */
final class CodingRun {
    private CodingRun() {
    }

    /** Codes every input document; returns what was read. Problems of skipped records go to {@code err}. */
    static ReadReport run(Parley parley, InputOptions options, OrderedParallelCoder.DocumentSink sink,
                          Progress progress, PrintWriter err) throws Exception {
        if (options.threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        DocumentReader reader = new DocumentReader(options.date, options.skipBad);
        ReadReport report;
        try (OrderedParallelCoder coder = new OrderedParallelCoder(parley.pipeline(), options.threads, coded -> {
            sink.accept(coded);
            progress.step();
        })) {
            report = reader.read(options.inputs, document -> {
                try {
                    coder.submit(document);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new SinkFailure(e);
                }
            });
            coder.finish();
        } catch (SinkFailure e) {
            throw (Exception) e.getCause();
        }
        progress.done();
        for (String problem : report.problems()) {
            err.println("parley: skipped " + problem);
        }
        if (report.skipped() > 0) {
            err.println("parley: skipped " + report.skipped() + " bad record(s)");
        }
        return report;
    }

    /** Carries a checked failure of the sink out of the reader's consumer. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(Exception cause) {
            super(cause);
        }
    }
}
