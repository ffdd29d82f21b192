"""The audit log's Merkle tree, as Certificate Transparency v2 defines it (RFC 9162 §2.1).

Pure functions over leaf hashes: no I/O. SHA-256 throughout; a leaf hash is
SHA-256(0x00 || data) and an interior node SHA-256(0x01 || left || right), so a leaf
can never be passed off as a node (RFC 9162 §2.1.1). A tree of n > 1 leaves splits at
k, the largest power of two smaller than n: its left subtree is always perfect.

Proofs are built and checked along that same recursive split (§2.1.3.1, §2.1.4.1). The
tests check every proof again with an independent verifier that follows the step-by-step
algorithms of §2.1.3.2 and §2.1.4.2.
"""

import hashlib
from collections.abc import Iterable, Sequence

_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"

EMPTY_ROOT = hashlib.sha256(b"").digest()
"""MTH({}) = SHA-256() (RFC 9162 §2.1.1)."""


def leaf_hash(data: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d) (RFC 9162 §2.1.1)."""
    return hashlib.sha256(_LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right), an interior node (RFC 9162 §2.1.1)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def _split(n: int) -> int:
    """k, the largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH of the leaf hashes (RFC 9162 §2.1.1); SHA-256() for an empty tree."""
    if not leaves:
        return EMPTY_ROOT
    return _subtree_root(leaves, 0, len(leaves))


class LeafList(list[bytes]):
    """Leaf hashes of an append-only log, remembering the roots of its perfect subtrees.

    A perfect subtree (2^k leaves from a multiple of 2^k) never changes once complete,
    so its root is computed once: proofs then cost O(log n) hashes instead of O(n).
    Small subtrees are not kept (they are cheap, and there are many).
    """

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        super().__init__(leaf_hashes)
        self.perfect_subtrees: dict[tuple[int, int], bytes] = {}


_SMALLEST_KEPT = 16


def _subtree_root(leaves: Sequence[bytes], start: int, end: int) -> bytes:
    """MTH(D[start:end]) for start < end, by index so that no list is copied."""
    size = end - start
    if size == 1:
        return leaves[start]
    cache = leaves.perfect_subtrees if isinstance(leaves, LeafList) else None
    keep = cache is not None and size >= _SMALLEST_KEPT and size & (size - 1) == 0
    if keep and (start, size) in cache:  # type: ignore[operator]
        return cache[(start, size)]  # type: ignore[index]
    middle = start + _split(size)
    value = node_hash(_subtree_root(leaves, start, middle), _subtree_root(leaves, middle, end))
    if keep:
        cache[(start, size)] = value  # type: ignore[index]
    return value


def inclusion_proof(leaves: Sequence[bytes], index: int, size: int) -> list[bytes]:
    """PATH(index, D[0:size]), the audit path of one leaf (RFC 9162 §2.1.3.1).

    Only the first `size` leaf hashes are used, so a proof can be made against any
    earlier tree head. Raises ValueError unless 0 <= index < size <= len(leaves).
    """
    if not 0 < size <= len(leaves):
        raise ValueError(f"tree size {size} is outside 1..{len(leaves)}")
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")
    return _path(leaves, index, 0, size)


def _path(leaves: Sequence[bytes], index: int, start: int, end: int) -> list[bytes]:
    """PATH(index - start, D[start:end]): siblings from the leaf up to this subtree's root."""
    if end - start == 1:
        return []
    middle = start + _split(end - start)
    if index < middle:
        return [*_path(leaves, index, start, middle), _subtree_root(leaves, middle, end)]
    return [*_path(leaves, index, middle, end), _subtree_root(leaves, start, middle)]


def consistency_proof(leaves: Sequence[bytes], old_size: int, new_size: int) -> list[bytes]:
    """PROOF(old_size, D[0:new_size]) (RFC 9162 §2.1.4.1); empty when the sizes are equal.

    Raises ValueError unless 0 < old_size <= new_size <= len(leaves).
    """
    if not 0 < old_size <= new_size <= len(leaves):
        raise ValueError(f"sizes {old_size} -> {new_size} are not 0 < old <= new <= {len(leaves)}")
    return _subproof(leaves, old_size, 0, new_size, True)


def _subproof(
    leaves: Sequence[bytes], m: int, start: int, end: int, whole_old_tree: bool
) -> list[bytes]:
    """SUBPROOF(m, D[start:end], b) (RFC 9162 §2.1.4.1).

    `whole_old_tree` is the RFC's b: true while D[start:start + m] is the entire old
    tree, whose root the verifier already holds, so that root is left out of the proof.
    """
    n = end - start
    if m == n:
        return [] if whole_old_tree else [_subtree_root(leaves, start, end)]
    middle = start + _split(n)
    k = middle - start
    if m <= k:
        return [
            *_subproof(leaves, m, start, middle, whole_old_tree),
            _subtree_root(leaves, middle, end),
        ]
    return [*_subproof(leaves, m - k, middle, end, False), _subtree_root(leaves, start, middle)]


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root_hash: bytes
) -> bool:
    """Whether `proof` shows leaf hash `leaf` at `index` in the tree of `size` with `root_hash`.

    Accepts exactly the proofs RFC 9162 §2.1.3.2 accepts; it recomputes the root along
    the recursive definition of PATH (§2.1.3.1) instead of the RFC's bit walk.
    """
    if not 0 <= index < size:
        return False
    computed = _root_from_path(leaf, index, size, proof, len(proof))
    return computed is not None and computed == root_hash


def _root_from_path(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], used: int
) -> bytes | None:
    """The root of a subtree of `size` from proof[:used]; None if the length is wrong.

    PATH appends the sibling nearest the root last, so the walk goes down from the end.
    """
    if size == 1:
        return leaf if used == 0 else None
    if used == 0:
        return None
    sibling = proof[used - 1]
    k = _split(size)
    if index < k:
        below = _root_from_path(leaf, index, k, proof, used - 1)
        return None if below is None else node_hash(below, sibling)
    below = _root_from_path(leaf, index - k, size - k, proof, used - 1)
    return None if below is None else node_hash(sibling, below)


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether `proof` shows the old tree head is a prefix of the new one.

    Accepts exactly what RFC 9162 §2.1.4.2 accepts for 0 < old_size < new_size, by
    recomputing both roots along SUBPROOF (§2.1.4.1). Equal sizes need an empty proof
    and equal roots. The RFC defines no proof from an empty tree: old_size 0 is refused.
    """
    if not 0 < old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    roots = _roots_from_subproof(old_size, new_size, True, old_root, proof, len(proof))
    return roots is not None and roots == (old_root, new_root)


def _roots_from_subproof(
    m: int, n: int, whole_old_tree: bool, old_root: bytes, proof: Sequence[bytes], used: int
) -> tuple[bytes, bytes] | None:
    """(old subtree root, new subtree root) from proof[:used] for SUBPROOF(m, D[n], b).

    None if the proof has the wrong length. Like PATH, SUBPROOF appends the node
    nearest the root last, so the walk goes down from the end of the proof.
    """
    if m == n:
        if whole_old_tree:
            # The RFC leaves this node out: it is the old root the verifier holds.
            return (old_root, old_root) if used == 0 else None
        return (proof[0], proof[0]) if used == 1 else None
    if used == 0:
        return None
    sibling = proof[used - 1]
    k = _split(n)
    if m <= k:
        below = _roots_from_subproof(m, k, whole_old_tree, old_root, proof, used - 1)
        if below is None:
            return None
        return below[0], node_hash(below[1], sibling)
    below = _roots_from_subproof(m - k, n - k, False, old_root, proof, used - 1)
    if below is None:
        return None
    return node_hash(sibling, below[0]), node_hash(sibling, below[1])


class TreeBuilder:
    """Appends leaf hashes and keeps the tree head current without holding the leaves.

    It keeps the right frontier: the roots of the perfect subtrees the tree of the
    current size decomposes into, largest (leftmost) first, one per set bit of the size
    (a "compact range" in CT implementations). Appending is amortised O(1) hashes and
    root() is O(log n) hashes; both agree with MTH (RFC 9162 §2.1.1).
    """

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        self._size = 0
        self._frontier: list[bytes] = []
        for leaf in leaf_hashes:
            self.append(leaf)

    @property
    def size(self) -> int:
        return self._size

    def append(self, leaf_hash: bytes) -> int:
        """Add a leaf hash; returns its index."""
        index = self._size
        node = leaf_hash
        # Each trailing one bit of the old size is a perfect subtree of the same height
        # as `node`: merge them, exactly like carrying in a binary increment.
        carries = index
        while carries & 1:
            node = node_hash(self._frontier.pop(), node)
            carries >>= 1
        self._frontier.append(node)
        self._size += 1
        return index

    def root(self) -> bytes:
        """MTH of every leaf appended so far."""
        if not self._frontier:
            return EMPTY_ROOT
        # MTH nests the perfect subtrees from the right: H(P1, H(P2, ... Pj)).
        result = self._frontier[-1]
        for subtree in reversed(self._frontier[:-1]):
            result = node_hash(subtree, result)
        return result
