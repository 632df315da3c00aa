package cn.qinglian.diagram.render;

import java.io.IOException;
import java.io.OutputStream;

import cn.qinglian.diagram.Diagram;

/** Writes a laid-out diagram in one file format. */
public interface DiagramWriter {

    /** Writes {@code diagram} to {@code out} (not closed). */
    void write(Diagram diagram, OutputStream out) throws IOException;
}
