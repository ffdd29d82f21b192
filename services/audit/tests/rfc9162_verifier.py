"""An independent RFC 9162 verifier for the tests: written from the RFC text, not from merkle.py.

It shares no code with confia.audit.merkle. MTH follows the recursive definition of
§2.1.1 over list slices; the two verifiers follow the numbered steps of §2.1.3.2 and
§2.1.4.2 literally, with the RFC's variable names (fn, sn, r, fr, sr), so a reader can
check them line by line against the RFC.
"""

import hashlib
from collections.abc import Sequence


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _hash_children(left: bytes, right: bytes) -> bytes:
    return _sha256(b"\x01" + left + right)


def mth(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH(D[n]) over leaf hashes (RFC 9162 §2.1.1)."""
    n = len(leaf_hashes)
    if n == 0:
        return _sha256(b"")
    if n == 1:
        return leaf_hashes[0]
    k = 1
    while k * 2 < n:  # k: the largest power of two smaller than n
        k *= 2
    return _hash_children(mth(leaf_hashes[:k]), mth(leaf_hashes[k:]))


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root_hash: bytes
) -> bool:
    """RFC 9162 §2.1.3.2, step by step."""
    # 1. leaf_index must be smaller than tree_size.
    if index < 0 or index >= size:
        return False
    # 2. fn = leaf_index, sn = tree_size - 1.
    fn, sn = index, size - 1
    # 3. r = hash.
    r = leaf
    # 4. For each value p in the inclusion_path array:
    for p in proof:
        # a. If sn is 0, fail.
        if sn == 0:
            return False
        # b. If LSB(fn) is set, or if fn is equal to sn:
        if fn & 1 or fn == sn:
            # i. r = HASH(0x01 || p || r).
            r = _hash_children(p, r)
            # ii. If LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0.
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            # Otherwise: r = HASH(0x01 || r || p).
            r = _hash_children(r, p)
        # c. Right-shift both fn and sn once.
        fn >>= 1
        sn >>= 1
    # 5. sn must be 0 and r must equal root_hash.
    return sn == 0 and r == root_hash


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2, step by step (first = old_size, second = new_size).

    The RFC's algorithm is for 0 < first < second. Outside it, the same policy as the
    module under test: equal sizes need an empty proof and equal roots; an empty old tree
    is refused.
    """
    first, second = old_size, new_size
    if first <= 0 or first > second:
        return False
    if first == second:
        return len(proof) == 0 and old_root == new_root
    path = list(proof)
    # 1. An empty consistency_path fails.
    if not path:
        return False
    # 2. If first is an exact power of 2, prepend first_hash to consistency_path.
    if first & (first - 1) == 0:
        path = [old_root, *path]
    # 3. fn = first - 1, sn = second - 1.
    fn, sn = first - 1, second - 1
    # 4. If LSB(fn) is set, right-shift fn and sn equally until LSB(fn) is not set.
    while fn & 1:
        fn >>= 1
        sn >>= 1
    # 5. fr and sr = the first value in consistency_path.
    fr = sr = path[0]
    # 6. For each subsequent value c in consistency_path:
    for c in path[1:]:
        # a. If sn is 0, fail.
        if sn == 0:
            return False
        # b. If LSB(fn) is set, or if fn is equal to sn:
        if fn & 1 or fn == sn:
            # i. fr = HASH(0x01 || c || fr), sr = HASH(0x01 || c || sr).
            fr = _hash_children(c, fr)
            sr = _hash_children(c, sr)
            # ii. If LSB(fn) is not set, right-shift fn and sn until LSB(fn) is set or fn is 0.
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            # Otherwise: sr = HASH(0x01 || sr || c).
            sr = _hash_children(sr, c)
        # c. Right-shift both fn and sn once.
        fn >>= 1
        sn >>= 1
    # 7. fr == first_hash, sr == second_hash and sn == 0.
    return fr == old_root and sr == new_root and sn == 0
