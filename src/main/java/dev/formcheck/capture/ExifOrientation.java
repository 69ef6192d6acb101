package dev.formcheck.capture;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0), which phone cameras set instead of rotating
 * the pixels. ImageIO ignores it; a pose found on a sideways image would be a sideways pose.
 *
 * <p>Values 1..8 as the EXIF standard defines them; 1 (as stored) when absent or unreadable.
 */
final class ExifOrientation {
    static final int NORMAL = Orientation.UPRIGHT;

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int read(byte[] file) {
        if (file.length < 4 || (file[0] & 0xff) != 0xff || (file[1] & 0xff) != 0xd8) {
            return NORMAL; // not a JPEG
        }
        int pos = 2;
        while (pos + 4 <= file.length && (file[pos] & 0xff) == 0xff) {
            int marker = file[pos + 1] & 0xff;
            int length = u16(file, pos + 2, false);
            if (marker == 0xda || length < 2) {
                return NORMAL; // image data starts: no EXIF before it
            }
            int body = pos + 4;
            if (marker == 0xe1 && body + 6 <= file.length && isExifHeader(file, body)) {
                return fromTiff(file, body + 6, Math.min(pos + 2 + length, file.length));
            }
            pos += 2 + length;
        }
        return NORMAL;
    }

    private static boolean isExifHeader(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return NORMAL;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int count = u16(b, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int a = b[at] & 0xff;
        int c = b[at + 1] & 0xff;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
