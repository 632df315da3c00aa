package cn.qinglian.core.tests.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until {@code capacity} is reached, then fails as a full disk does. */
final class DiskFullAfter extends FilterOutputStream {

    static final String NO_SPACE = "No space left on device";

    private long left;
    private long written;

    DiskFullAfter(OutputStream out, long capacity) {
        super(out);
        this.left = capacity;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int accepted = (int) Math.min(left, length);
        out.write(bytes, offset, accepted);
        left -= accepted;
        written += accepted;
        if (accepted < length) {
            out.flush();
            throw new IOException(NO_SPACE);
        }
    }

    long written() {
        return written;
    }
}
