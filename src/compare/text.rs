//! [`Text`]: what a comparison reads. An output in memory is a byte slice; an output of many
//! megabytes stays in its file ([`FileText`]) and is read by position through one window, so
//! that comparing, finding the first difference and cutting out what is shown cost that window
//! of memory, not the output's size.

use std::fs::File;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::sync::Arc;

/// Bytes read by position, in pieces.
pub trait Text {
    /// The length in bytes.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The bytes from `pos` on: at least one when `pos < len()` (unless the file cannot be
    /// read), maybe fewer than all.
    fn chunk(&mut self, pos: usize) -> &[u8];
    /// The bytes before `end`: at least one when `0 < end` (unless the file cannot be read),
    /// maybe fewer than all.
    fn chunk_before(&mut self, end: usize) -> &[u8];
    /// The whole text, when it is in memory.
    fn as_slice(&self) -> Option<&[u8]> {
        None
    }
}

impl Text for &[u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn chunk(&mut self, pos: usize) -> &[u8] {
        &self[pos.min(self.len())..]
    }
    fn chunk_before(&mut self, end: usize) -> &[u8] {
        &self[..end.min(self.len())]
    }
    fn as_slice(&self) -> Option<&[u8]> {
        Some(self)
    }
}

/// A text in memory or in a file.
pub enum Source<'a> {
    Memory(&'a [u8]),
    File(FileText),
}

impl<'a> Source<'a> {
    /// `memory`, or all of `file` when there is one.
    pub fn new(memory: &'a [u8], file: Option<&Arc<File>>) -> std::io::Result<Source<'a>> {
        Ok(match file {
            Some(f) => Source::File(FileText::new(f.clone())?),
            None => Source::Memory(memory),
        })
    }
}

impl Text for Source<'_> {
    fn len(&self) -> usize {
        match self {
            Source::Memory(m) => m.len(),
            Source::File(f) => f.len(),
        }
    }
    fn chunk(&mut self, pos: usize) -> &[u8] {
        match self {
            Source::Memory(m) => m.chunk(pos),
            Source::File(f) => f.chunk(pos),
        }
    }
    fn chunk_before(&mut self, end: usize) -> &[u8] {
        match self {
            Source::Memory(m) => m.chunk_before(end),
            Source::File(f) => f.chunk_before(end),
        }
    }
    fn as_slice(&self) -> Option<&[u8]> {
        match self {
            Source::Memory(m) => Some(m),
            Source::File(_) => None,
        }
    }
}

/// The window a [`FileText`] reads at once.
const WINDOW: usize = 64 << 10;

/// A file read through one window of [`WINDOW`] bytes. The file must not change while it is
/// read (a finished solution's stdout, a cached expected output).
#[derive(Debug)]
pub struct FileText {
    file: Arc<File>,
    len: usize,
    /// Where the window starts in the file, and what it holds.
    start: usize,
    buf: Vec<u8>,
}

impl FileText {
    pub fn new(file: Arc<File>) -> std::io::Result<FileText> {
        let len = file.metadata()?.len() as usize;
        Ok(FileText {
            file,
            len,
            start: 0,
            buf: Vec::new(),
        })
    }

    /// Reads the window that starts at `start`; a read error leaves it short.
    fn fill(&mut self, start: usize) {
        let want = WINDOW.min(self.len - start);
        self.buf.resize(want, 0);
        let mut got = 0;
        while got < want {
            match self
                .file
                .read_at(&mut self.buf[got..], (start + got) as u64)
            {
                Ok(0) | Err(_) => break,
                Ok(n) => got += n,
            }
        }
        self.buf.truncate(got);
        self.start = start;
    }
}

impl Text for FileText {
    fn len(&self) -> usize {
        self.len
    }

    fn chunk(&mut self, pos: usize) -> &[u8] {
        if pos >= self.len {
            return &[];
        }
        if !(self.start <= pos && pos < self.start + self.buf.len()) {
            self.fill(pos);
        }
        &self.buf[pos - self.start..]
    }

    fn chunk_before(&mut self, end: usize) -> &[u8] {
        let end = end.min(self.len);
        if end == 0 {
            return &[];
        }
        if !(self.start < end && end <= self.start + self.buf.len()) {
            self.fill(end.saturating_sub(WINDOW));
        }
        &self.buf[..(end - self.start).min(self.buf.len())]
    }
}

/// The first position in `from..to` whose byte `stop` accepts, or `to`. `stop` sees every byte
/// from `from` on, in order, until it accepts one.
pub fn scan<T: Text + ?Sized>(
    t: &mut T,
    from: usize,
    to: usize,
    mut stop: impl FnMut(u8) -> bool,
) -> usize {
    let mut pos = from;
    while pos < to {
        let c = t.chunk(pos);
        if c.is_empty() {
            return to;
        }
        let c = &c[..c.len().min(to - pos)];
        if let Some(i) = c.iter().position(|&b| stop(b)) {
            return pos + i;
        }
        pos += c.len();
    }
    to
}

/// The position after the last byte before `end` that `keep` accepts, or 0.
pub fn rscan<T: Text + ?Sized>(t: &mut T, end: usize, keep: impl Fn(u8) -> bool) -> usize {
    let mut end = end;
    while end > 0 {
        let c = t.chunk_before(end);
        if c.is_empty() {
            return 0;
        }
        if let Some(i) = c.iter().rposition(|&b| keep(b)) {
            return end - c.len() + i + 1;
        }
        end -= c.len();
    }
    0
}

/// Whether two ranges hold the same bytes (with `fold`, ASCII letters match whatever their
/// case).
pub fn eq_ranges<A: Text + ?Sized, B: Text + ?Sized>(
    a: &mut A,
    ar: Range<usize>,
    b: &mut B,
    br: Range<usize>,
    fold: bool,
) -> bool {
    if ar.len() != br.len() {
        return false;
    }
    first_difference(a, ar, b, br, fold).is_none()
}

/// The offset of the first byte where two ranges differ within their common length.
pub fn first_difference<A: Text + ?Sized, B: Text + ?Sized>(
    a: &mut A,
    ar: Range<usize>,
    b: &mut B,
    br: Range<usize>,
    fold: bool,
) -> Option<usize> {
    let n = ar.len().min(br.len());
    let mut done = 0;
    while done < n {
        let ca = a.chunk(ar.start + done);
        let cb = b.chunk(br.start + done);
        let k = ca.len().min(cb.len()).min(n - done);
        if k == 0 {
            // Unreadable: different, as far as anyone can tell.
            return Some(done);
        }
        let (ca, cb) = (&ca[..k], &cb[..k]);
        let same = if fold {
            ca.eq_ignore_ascii_case(cb)
        } else {
            ca == cb
        };
        if !same {
            let i = ca
                .iter()
                .zip(cb)
                .position(|(x, y)| {
                    if fold {
                        !x.eq_ignore_ascii_case(y)
                    } else {
                        x != y
                    }
                })
                .unwrap_or(0);
            return Some(done + i);
        }
        done += k;
    }
    None
}

/// How many bytes of `range` are `byte`.
pub fn count<T: Text + ?Sized>(t: &mut T, range: Range<usize>, byte: u8) -> usize {
    let mut pos = range.start;
    let mut n = 0;
    while pos < range.end {
        let c = t.chunk(pos);
        if c.is_empty() {
            break;
        }
        let c = &c[..c.len().min(range.end - pos)];
        n += c.iter().filter(|&&b| b == byte).count();
        pos += c.len();
    }
    n
}

/// The first `max` bytes of `range`, copied.
pub fn head<T: Text + ?Sized>(t: &mut T, range: Range<usize>, max: usize) -> Vec<u8> {
    let end = range.end.min(range.start.saturating_add(max));
    let mut out = Vec::with_capacity(end.saturating_sub(range.start));
    let mut pos = range.start;
    while pos < end {
        let c = t.chunk(pos);
        if c.is_empty() {
            break;
        }
        let c = &c[..c.len().min(end - pos)];
        out.extend_from_slice(c);
        pos += c.len();
    }
    out
}

/// The raw lines of a text (each with its `\n`, the last maybe without), as ranges, one at a
/// time.
#[derive(Default)]
pub struct RawLines {
    pos: usize,
}

impl RawLines {
    pub fn new() -> RawLines {
        RawLines { pos: 0 }
    }

    pub fn next<T: Text + ?Sized>(&mut self, t: &mut T) -> Option<Range<usize>> {
        let len = t.len();
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        let nl = scan(t, start, len, |b| b == b'\n');
        self.pos = (nl + 1).min(len);
        Some(start..self.pos)
    }
}

/// The index of the first raw line (`\n` included) that differs between two texts, or the
/// number of lines of the shorter when one is the start of the other.
pub fn first_different_line<A: Text + ?Sized, B: Text + ?Sized>(a: &mut A, b: &mut B) -> usize {
    let (mut la, mut lb) = (RawLines::new(), RawLines::new());
    let mut i = 0;
    loop {
        match (la.next(a), lb.next(b)) {
            (Some(x), Some(y)) if eq_ranges(a, x.clone(), b, y.clone(), false) => i += 1,
            _ => return i,
        }
    }
}

/// Lines `first..first + lines` of a text, each cut to `width` bytes (and `…`): the window
/// of a diff.
pub fn line_window<T: Text + ?Sized>(
    t: &mut T,
    first: usize,
    lines: usize,
    width: usize,
) -> Vec<u8> {
    let mut raw = RawLines::new();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(l) = raw.next(t) {
        if i >= first + lines {
            break;
        }
        if i >= first {
            if l.len() > width {
                out.extend_from_slice(&head(t, l.clone(), width));
                out.extend_from_slice("…".as_bytes());
                if head(t, l.end - 1..l.end, 1) == b"\n" {
                    out.push(b'\n');
                }
            } else {
                out.extend_from_slice(&head(t, l, width));
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file_of(bytes: &[u8]) -> FileText {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(bytes).unwrap();
        FileText::new(Arc::new(f)).unwrap()
    }

    #[test]
    fn a_file_reads_like_its_bytes_across_windows() {
        let bytes: Vec<u8> = (0..3 * WINDOW + 17).map(|i| (i % 251) as u8).collect();
        let mut f = file_of(&bytes);
        let mut s: &[u8] = &bytes;
        assert_eq!(f.len(), bytes.len());
        for pos in [0, 1, WINDOW - 1, WINDOW, 2 * WINDOW + 5, bytes.len() - 1] {
            assert_eq!(f.chunk(pos)[0], bytes[pos]);
            assert_eq!(*f.chunk_before(pos + 1).last().unwrap(), bytes[pos]);
        }
        assert!(f.chunk(bytes.len()).is_empty());
        assert_eq!(
            head(&mut f, 5..WINDOW + 9, usize::MAX),
            &bytes[5..WINDOW + 9]
        );
        assert_eq!(
            rscan(&mut f, bytes.len(), |b| b == 3),
            rscan(&mut s, bytes.len(), |b| b == 3)
        );
        assert_eq!(
            count(&mut f, 0..bytes.len(), 7),
            count(&mut s, 0..bytes.len(), 7)
        );
        let mut other = bytes.clone();
        other[2 * WINDOW + 3] ^= 1;
        let mut g = file_of(&other);
        let all = 0..bytes.len();
        assert_eq!(
            first_difference(&mut f, all.clone(), &mut g, all.clone(), false),
            Some(2 * WINDOW + 3)
        );
        assert!(eq_ranges(&mut f, all.clone(), &mut s, all, false));
    }

    #[test]
    fn the_window_starts_at_the_first_different_line() {
        let mut a: &[u8] = b"1\n2\n3\n4\n5\n";
        let mut b: &[u8] = b"1\n2\nx\n4\n";
        assert_eq!(first_different_line(&mut a, &mut b), 2);
        assert_eq!(line_window(&mut a, 1, 2, 80), b"2\n3\n");
        assert_eq!(line_window(&mut b, 2, 9, 80), b"x\n4\n");
        let mut long: &[u8] = b"abcdef\nx";
        assert_eq!(line_window(&mut long, 0, 2, 3), "abc…\nx".as_bytes());
    }
}
