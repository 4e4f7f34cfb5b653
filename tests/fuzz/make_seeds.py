#!/usr/bin/env python3
"""Fuzz seeds, generated at run time (never committed): the shared corpus (../shared/corpus: the
page texts of text/pages.jsonl and the PDFs of pdf/), the extractor's unit-test cases (written by
the fuzz_seed_cases tool from tests/unit/id_cases.hpp), native-messaging frames built from both,
and a few small synthetic PDFs.

    make_seeds.py --out DIR [--shared DIR] [--cases-bin PATH]

writes DIR/<target>/ for every fuzz target and prints how many seeds each got."""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib


def write(dir_, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    with open(os.path.join(dir_, name), "wb") as f:
        f.write(data)


def frame(body):
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    return struct.pack("=I", len(body)) + body


def minimal_pdf(content, title=None, compress=False, pages=1):
    """A small valid PDF whose every page draws `content` (PDF text operators)."""
    stream = content.encode("latin-1")
    extra = b""
    if compress:
        stream = zlib.compress(stream)
        extra = b" /Filter /FlateDecode"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), extra) + stream + b"\nendstream")
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
    info = None
    if title is not None:
        objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
        info = len(objects)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def text_ops(lines, size=12, x=72, y=720, rotate=False):
    ops = ["BT", f"/F1 {size} Tf"]
    if rotate:
        ops.append(f"0 1 -1 0 30 200 Tm")
    else:
        ops.append(f"{x} {y} Td")
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj 0 -14 Td")
    ops.append("ET")
    return "\n".join(ops)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    ap.add_argument("--cases-bin")
    args = ap.parse_args()

    dirs = {t: os.path.join(args.out, t) for t in ("extract", "text_steps", "nm", "pdf")}
    for d in dirs.values():
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))

    texts = []  # (name, text)
    raw_lines = []
    pages = os.path.join(args.shared, "corpus", "text", "pages.jsonl")
    if os.path.exists(pages):
        with open(pages, "rb") as f:
            for i, line in enumerate(f):
                raw_lines.append(line.rstrip(b"\n"))
                texts.append((f"page-{i:03d}", json.loads(line)))
    else:
        print(f"make_seeds: {pages} not found; no page seeds", file=sys.stderr)

    cases = []
    if args.cases_bin:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([args.cases_bin, tmp], check=True, stdout=subprocess.DEVNULL)
            for name in sorted(os.listdir(tmp)):
                with open(os.path.join(tmp, name), "rb") as f:
                    cases.append((name, f.read().decode("utf-8", "surrogateescape")))
    texts += cases

    for name, text in texts:
        write(dirs["extract"], name, text.encode("utf-8", "surrogateescape"))
        write(dirs["text_steps"], name, text.encode("utf-8", "surrogateescape"))
    for i, line in enumerate(raw_lines[:100]):  # `ids --jsonl` lines: JSON strings
        write(dirs["text_steps"], f"jsonl-{i:03d}", line)
    for name, text in cases:
        write(dirs["text_steps"], "json-" + name, json.dumps(text, ensure_ascii=(len(name) % 2 == 0)))

    # Native messaging: byte 0 = read pattern, byte 1 = limits (fuzz_nm.cpp), then frames.
    def nm(name, bodies, pattern=0, limits=0):
        write(dirs["nm"], name, bytes([pattern, limits]) + b"".join(frame(b) for b in bodies))

    nm("ping", ['{"type":"ping","id":1}'])
    nm("list-page", ['{"type":"ping","id":1,"title_index":true}',
                     '{"type":"resolve_many","id":2,"first_url":true,"texts":["1706.03762",'
                     '{"text":"https://doi.org/10.1/x","title":"Attention Is All You Need","venue":"NIPS","year":2017}]}'])
    nm("session", ['{"type":"ping","id":"a"}', '{"type":"resolve","id":2,"selection":"arXiv:2305.10601v2"}',
                   '{"type":"resolve_many","id":3,"texts":["1706.03762","none"]}'], pattern=7)
    nm("bad", ['', 'nope', '[1]', '{"id":5}', '{"type":"nope"}', '{"type":"resolve","selection":5}',
               '{"type":"resolve_many","texts":"x"}', '{"type":"resolve_pdf","url":""}', '\xff'], pattern=1, limits=1)
    nm("deep", ['{"type":"resolve","selection":' + "[" * 100 + "]" * 100 + "}"], limits=1)
    write(dirs["nm"], "too_large", bytes([0, 1]) + struct.pack("=I", 5000) + b"x" * 5000 + frame('{"type":"ping"}'))
    write(dirs["nm"], "truncated", bytes([3, 0]) + struct.pack("=I", 100) + b'{"type"')
    for i, (name, text) in enumerate(cases):
        fields = ["selection", "link", "page", "frame"]
        nm("resolve-" + name, [json.dumps({"type": "resolve", "id": i, fields[i % 4]: text})], pattern=i % 64,
           limits=i % 2)
    for i in range(0, min(len(texts), 60), 6):
        batch = [t for _, t in texts[i:i + 6]]
        nm(f"many-{i:03d}", [json.dumps({"type": "resolve_many", "id": i, "texts": batch})], pattern=i % 64)

    # PDFs: the shared corpus (libFuzzer truncates them to -max_len) and small synthetic ones.
    pdf_dir = os.path.join(args.shared, "corpus", "pdf")
    if os.path.isdir(pdf_dir):
        for name in sorted(os.listdir(pdf_dir)):
            if name.endswith(".pdf"):
                with open(os.path.join(pdf_dir, name), "rb") as f:
                    write(dirs["pdf"], name, f.read())
    stamp = "arXiv:1706.03762v5  [cs.CL]  6 Dec 2017"
    write(dirs["pdf"], "synthetic-stamp.pdf",
          minimal_pdf(text_ops([stamp], rotate=True) + "\n" + text_ops(["Attention Is All You Need"], size=17),
                      title="Attention Is All You Need"))
    write(dirs["pdf"], "synthetic-iclr.pdf",
          minimal_pdf(text_ops(["Published as a conference paper at ICLR 2018", "QANET", "see arXiv:1804.09541"]),
                      compress=True))
    write(dirs["pdf"], "synthetic-refs.pdf",
          minimal_pdf(text_ops(["References", "https://aclanthology.org/2020.acl-main.442",
                                "doi:10.24963/ijcai.2020/10", "proceedings.mlr.press/v32/le14.html",
                                "https://openreview.net/forum?id=SyJS-OgR-"]), pages=3))
    write(dirs["pdf"], "synthetic-empty.pdf", minimal_pdf("", title="Microsoft Word - draft.docx"))

    for t, d in sorted(dirs.items()):
        print(f"{t}: {len(os.listdir(d))} seeds")


if __name__ == "__main__":
    main()
