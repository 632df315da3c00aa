package cn.qinglian.core.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the bytes of a CSV file into text. A byte order mark decides (UTF-8, UTF-16); otherwise
 * bytes that are valid UTF-8 are UTF-8 and anything else is GB18030, the superset of GBK that Excel
 * in China writes. An explicit charset overrides the guess (a matching BOM is still dropped).
 */
final class CsvDecoder {

    /** GB18030: what "GBK" files from Excel and WPS decode as, without loss. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private CsvDecoder() {
    }

    static String decode(byte[] bytes, Optional<Charset> override, Path file) throws RosterReadException {
        if (override.isPresent()) {
            Charset charset = override.get();
            return strictDecode(withoutBom(bytes, bomCharset(bytes).filter(charset::equals)), charset, file);
        }
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            return strictDecode(withoutBom(bytes, bom), bom.get(), file);
        }
        try {
            return decodeOrFail(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strictDecode(bytes, GB18030, file);
        }
    }

    private static Optional<Charset> bomCharset(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static byte[] withoutBom(byte[] bytes, Optional<Charset> bom) {
        if (bom.isEmpty()) {
            return bytes;
        }
        int length = bom.get().equals(StandardCharsets.UTF_8) ? UTF8_BOM.length : UTF16LE_BOM.length;
        return Arrays.copyOfRange(bytes, length, bytes.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String strictDecode(byte[] bytes, Charset charset, Path file) throws RosterReadException {
        try {
            return decodeOrFail(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new RosterReadException(RosterReadException.Reason.UNDECODABLE, file, charset.name(), e);
        }
    }

    private static String decodeOrFail(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
