"""Digital signatures on reports (PAdES, pyHanko), laid out by Nghị định
30/2020/NĐ-CP, Phụ lục I: the leader's and then the agency's signature, from
a PKCS#12 file or a PKCS#11 token; offline verification against the office's
folder of trusted roots; issuing a signed report into the archive.

Modules: ``layout`` (where each signature goes), ``marks`` (reading the PDF),
``appearance`` (how each looks), ``keys`` (PKCS#12/PKCS#11), ``sign``,
``verify``, ``store`` (registered images and options), ``issue``.
"""
