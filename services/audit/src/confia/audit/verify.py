"""Check a stored log against its signed tree heads; report the first inconsistency.

What it catches: a record changed (its leaf hash no longer matches its content), removed
or inserted (the indices are not 0..n-1 in a row), reordered or rewritten with matching
hashes (the recomputed root differs from a signed head), a tree head with a bad
signature, and a tree head that does not extend the one before it.
"""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from confia.audit.domain import record_from_dict
from confia.audit.merkle import TreeBuilder, consistency_proof, leaf_hash, verify_consistency
from confia.audit.tree_head import SignedTreeHead, signature_ok


@dataclass(frozen=True)
class Verdict:
    ok: bool
    records: int
    tree_heads: int
    problem: str | None = None
    at_index: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "records": self.records,
            "tree_heads": self.tree_heads,
            "problem": self.problem,
            "at_index": self.at_index,
        }


def signing_key_index(public_keys: Sequence[str], head: SignedTreeHead) -> int | None:
    """Which of the keys signed `head` (its position), or None if none did."""
    return next((number for number, key in enumerate(public_keys) if signature_ok(key, head)), None)


def verify_log(
    documents: Sequence[Mapping[str, Any]],
    heads: Sequence[SignedTreeHead],
    public_keys: Sequence[str],
) -> Verdict:
    """`documents`: stored records sorted by index; `heads`: signed heads by size;
    `public_keys`: the log's signing keys, oldest first, the current one last.

    Each head must verify under one of the keys, and keys only move forward: once a head is
    signed with a newer key, a later head signed with a retired one is refused (a leaked
    old key cannot sign the log's future).
    """
    count, signed = len(documents), len(heads)

    def bad(problem: str, index: int | None = None) -> Verdict:
        return Verdict(False, count, signed, problem, index)

    newest_used = 0
    for head in heads:
        used = signing_key_index(public_keys, head)
        if used is None:
            return bad(f"tree head of size {head.head.tree_size} has a bad signature")
        if used < newest_used:
            return bad(f"tree head of size {head.head.tree_size} is signed with a retired key")
        newest_used = used
    leaves: list[bytes] = []
    tree = TreeBuilder()
    pending = list(heads)
    while pending and pending[0].head.tree_size == 0:
        if pending.pop(0).head.root_hash != tree.root().hex():
            return bad("the tree head of the empty log has a wrong root")
    for position, document in enumerate(documents):
        if document.get("index") != position:
            return bad(
                f"record at position {position} has index {document.get('index')}: "
                "a record was removed or inserted",
                position,
            )
        recomputed = leaf_hash(record_from_dict(document).leaf_data())
        if recomputed.hex() != document.get("leaf_hash"):
            return bad(f"record {position} was changed after it was logged", position)
        leaves.append(recomputed)
        tree.append(recomputed)
        while pending and pending[0].head.tree_size == tree.size:
            head = pending.pop(0)
            if tree.root().hex() != head.head.root_hash:
                return bad(
                    f"records up to index {tree.size - 1} do not match the tree head of size "
                    f"{tree.size}: changed, removed, inserted or reordered",
                    tree.size - 1,
                )
    if pending:
        size = pending[0].head.tree_size
        return bad(f"tree head of size {size} covers records that are gone", count)
    for older, newer in itertools.pairwise(heads):
        old_size, new_size = older.head.tree_size, newer.head.tree_size
        if old_size == 0:
            continue
        proof = consistency_proof(leaves, old_size, new_size)
        old_root, new_root = (
            bytes.fromhex(older.head.root_hash),
            bytes.fromhex(newer.head.root_hash),
        )
        if not verify_consistency(old_size, new_size, old_root, new_root, proof):
            return bad(f"tree head of size {new_size} does not extend the one of size {old_size}")
    return Verdict(True, count, signed)
