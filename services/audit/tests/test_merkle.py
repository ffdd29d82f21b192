"""The audit log's Merkle tree against RFC 9162 §2.1: known answers, then every proof of
small trees and random large ones checked by the module and by an independent verifier."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confia.audit.merkle import (
    EMPTY_ROOT,
    TreeBuilder,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root,
    verify_consistency,
    verify_inclusion,
)

from . import rfc9162_verifier as rfc


def _hex(text: str) -> bytes:
    return bytes.fromhex(text)


# Known answers from transparency-dev/merkle (the Go library behind Trillian and CT
# tooling, RFC 6962 hashing, which RFC 9162 keeps): testonly/constants.go (LeafInputs,
# RootHashes) and proof/verify_test.go (inclusionProofs, consistencyProofs).
KNOWN_LEAF_INPUTS = [
    _hex(""),
    _hex("00"),
    _hex("10"),
    _hex("2021"),
    _hex("3031"),
    _hex("40414243"),
    _hex("5051525354555657"),
    _hex("606162636465666768696a6b6c6d6e6f"),
]
KNOWN_LEAVES = [leaf_hash(data) for data in KNOWN_LEAF_INPUTS]
KNOWN_ROOTS = [  # indexed by tree size, from the empty tree
    _hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    _hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
    _hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
    _hex("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"),
    _hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
    _hex("4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4"),
    _hex("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"),
    _hex("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"),
    _hex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"),
]
# (leaf index, tree size, proof); the Go file numbers leaves from 1, these from 0.
KNOWN_INCLUSION_PROOFS = [
    (0, 1, []),
    (
        0,
        8,
        [
            _hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
            _hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            _hex("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        ],
    ),
    (
        5,
        8,
        [
            _hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            _hex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
            _hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        ],
    ),
    (2, 3, [_hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]),
    (
        1,
        5,
        [
            _hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
            _hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            _hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        ],
    ),
]
# (old size, new size, proof)
KNOWN_CONSISTENCY_PROOFS = [
    (1, 1, []),
    (
        1,
        8,
        [
            _hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
            _hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            _hex("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        ],
    ),
    (
        6,
        8,
        [
            _hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
            _hex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
            _hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        ],
    ),
    (
        2,
        5,
        [
            _hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
            _hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        ],
    ),
    (
        6,
        7,
        [
            _hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
            _hex("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
            _hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        ],
    ),
]

LEAVES = [leaf_hash(b"audit record %d" % i) for i in range(256)]
SMALL_SIZES = range(1, 65)


# --- known answers ---------------------------------------------------------------------


def test_empty_tree_root_is_sha256_of_nothing() -> None:
    assert root([]) == EMPTY_ROOT == hashlib.sha256(b"").digest() == KNOWN_ROOTS[0]
    assert TreeBuilder().root() == EMPTY_ROOT
    assert rfc.mth([]) == EMPTY_ROOT


def test_one_leaf_tree_root_is_the_leaf_hash() -> None:
    assert root([leaf_hash(b"")]) == hashlib.sha256(b"\x00").digest() == KNOWN_ROOTS[1]


def test_leaves_and_nodes_are_hashed_with_distinct_prefixes() -> None:
    left, right = KNOWN_LEAVES[0], KNOWN_LEAVES[1]
    assert leaf_hash(b"abc") == hashlib.sha256(b"\x00abc").digest()
    assert node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()
    assert leaf_hash(left + right) != node_hash(left, right)


@pytest.mark.parametrize("size", range(len(KNOWN_ROOTS)))
def test_roots_match_the_known_answers(size: int) -> None:
    leaves = KNOWN_LEAVES[:size]
    assert root(leaves) == KNOWN_ROOTS[size]
    assert TreeBuilder(leaves).root() == KNOWN_ROOTS[size]
    assert rfc.mth(leaves) == KNOWN_ROOTS[size]


@pytest.mark.parametrize(("index", "size", "expected"), KNOWN_INCLUSION_PROOFS)
def test_inclusion_proofs_match_the_known_answers(
    index: int, size: int, expected: list[bytes]
) -> None:
    assert inclusion_proof(KNOWN_LEAVES, index, size) == expected
    for verify in (verify_inclusion, rfc.verify_inclusion):
        assert verify(KNOWN_LEAVES[index], index, size, expected, KNOWN_ROOTS[size])


@pytest.mark.parametrize(("old_size", "new_size", "expected"), KNOWN_CONSISTENCY_PROOFS)
def test_consistency_proofs_match_the_known_answers(
    old_size: int, new_size: int, expected: list[bytes]
) -> None:
    assert consistency_proof(KNOWN_LEAVES, old_size, new_size) == expected
    old_root, new_root = KNOWN_ROOTS[old_size], KNOWN_ROOTS[new_size]
    for verify in (verify_consistency, rfc.verify_consistency):
        assert verify(old_size, new_size, old_root, new_root, expected)


# --- the incremental tree head -----------------------------------------------------------


def test_tree_builder_agrees_with_root_for_every_size_up_to_200() -> None:
    builder = TreeBuilder()
    assert builder.size == 0
    for size in range(1, 201):
        assert builder.append(LEAVES[size - 1]) == size - 1
        assert builder.size == size
        assert builder.root() == root(LEAVES[:size]) == rfc.mth(LEAVES[:size])


# --- every proof of every small tree -----------------------------------------------------


def _flipped(proof: list[bytes], position: int) -> list[bytes]:
    """The proof with one bit of one node changed."""
    node = bytes([proof[position][0] ^ 0x10]) + proof[position][1:]
    return [*proof[:position], node, *proof[position + 1 :]]


def _both_verify_inclusion(
    leaf: bytes, index: int, size: int, proof: list[bytes], root_hash: bytes
) -> bool:
    ours = verify_inclusion(leaf, index, size, proof, root_hash)
    independent = rfc.verify_inclusion(leaf, index, size, proof, root_hash)
    assert ours == independent, (index, size)
    return ours


def _both_verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list[bytes]
) -> bool:
    ours = verify_consistency(old_size, new_size, old_root, new_root, proof)
    independent = rfc.verify_consistency(old_size, new_size, old_root, new_root, proof)
    assert ours == independent, (old_size, new_size)
    return ours


def _forged_inclusion_proofs(proof: list[bytes], root_hash: bytes) -> list[list[bytes]]:
    forged = [_flipped(proof, position) for position in range(len(proof))]
    forged += [[*proof, root_hash], [root_hash, *proof], [*proof, proof[-1]]] if proof else []
    forged += [proof[:-1], proof[1:]] if proof else [[root_hash]]
    return forged


@pytest.mark.parametrize("size", SMALL_SIZES)
def test_every_inclusion_proof_verifies_and_every_forgery_fails(size: int) -> None:
    leaves = LEAVES[:size]
    root_hash = root(leaves)
    for index in range(size):
        proof = inclusion_proof(leaves, index, size)
        leaf = leaves[index]
        assert _both_verify_inclusion(leaf, index, size, proof, root_hash)

        for forged in _forged_inclusion_proofs(proof, root_hash):
            assert not _both_verify_inclusion(leaf, index, size, forged, root_hash)
        for other in range(size):
            if other != index:
                # Another leaf's hash, or this leaf claimed at another position.
                assert not _both_verify_inclusion(leaves[other], index, size, proof, root_hash)
                assert not _both_verify_inclusion(leaf, other, size, proof, root_hash)
        # Another tree head; size +- 1 is left to the differential test below: it can
        # keep the leaf's path unchanged (leaf 0 of 3 or of 4), and the signed head binds
        # the size to the root anyway.
        assert not _both_verify_inclusion(leaf, index, size, proof, root(leaves[:index]))
        assert not _both_verify_inclusion(leaf, index, size * 2, proof, root_hash)
        if index < size // 2:
            assert not _both_verify_inclusion(leaf, index, size // 2, proof, root_hash)


def _forged_consistency_proofs(
    proof: list[bytes], old_root: bytes, new_root: bytes
) -> list[list[bytes]]:
    forged = [_flipped(proof, position) for position in range(len(proof))]
    forged += [[], proof[:-1], proof[1:], [*proof, old_root], [*proof, new_root]]
    forged += [[old_root, *proof], [new_root, *proof], [proof[0], *proof]]
    return forged


@pytest.mark.parametrize("new_size", SMALL_SIZES)
def test_every_consistency_proof_verifies_and_every_forgery_fails(new_size: int) -> None:
    leaves = LEAVES[:new_size]
    new_root = root(leaves)
    for old_size in range(1, new_size):
        old_root = root(leaves[:old_size])
        proof = consistency_proof(leaves, old_size, new_size)
        assert _both_verify_consistency(old_size, new_size, old_root, new_root, proof)

        for forged in _forged_consistency_proofs(proof, old_root, new_root):
            assert not _both_verify_consistency(old_size, new_size, old_root, new_root, forged)
        assert not _both_verify_consistency(old_size, new_size, new_root, old_root, proof)
        assert not _both_verify_consistency(old_size, new_size, EMPTY_ROOT, new_root, proof)
        assert not _both_verify_consistency(old_size, new_size, old_root, EMPTY_ROOT, proof)
        for other in range(new_size + 1):
            if other != old_size:
                assert not _both_verify_consistency(other, new_size, old_root, new_root, proof)
        assert not _both_verify_consistency(old_size, new_size * 2, old_root, new_root, proof)
        assert not _both_verify_consistency(old_size, new_size // 2, old_root, new_root, proof)


@pytest.mark.parametrize("size", SMALL_SIZES)
def test_a_tree_is_consistent_with_itself_by_an_empty_proof(size: int) -> None:
    tree_root = root(LEAVES[:size])
    assert consistency_proof(LEAVES, size, size) == []
    assert _both_verify_consistency(size, size, tree_root, tree_root, [])
    assert not _both_verify_consistency(size, size, tree_root, EMPTY_ROOT, [])
    assert not _both_verify_consistency(size, size, tree_root, tree_root, [tree_root])


def test_no_consistency_is_claimed_from_an_empty_tree() -> None:
    tree_root = root(LEAVES[:5])
    assert not _both_verify_consistency(0, 5, EMPTY_ROOT, tree_root, [])
    assert not _both_verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])


@pytest.mark.parametrize("size", range(1, 13))
def test_both_verifiers_agree_on_any_claimed_position(size: int) -> None:
    """Every proof of a small tree, replayed against every (index, size) up to twice as big."""
    leaves = LEAVES[:size]
    root_hash = root(leaves)
    for index in range(size):
        proof = inclusion_proof(leaves, index, size)
        for claimed_size in range(-1, 2 * size + 2):
            for claimed_index in range(-1, claimed_size + 1):
                _both_verify_inclusion(leaves[index], claimed_index, claimed_size, proof, root_hash)


@pytest.mark.parametrize("new_size", range(2, 13))
def test_both_verifiers_agree_on_any_claimed_sizes(new_size: int) -> None:
    """Every consistency proof of a small tree, replayed against every pair of sizes."""
    leaves = LEAVES[:new_size]
    new_root = root(leaves)
    for old_size in range(1, new_size):
        old_root = root(leaves[:old_size])
        proof = consistency_proof(leaves, old_size, new_size)
        for claimed_new in range(-1, 2 * new_size + 2):
            for claimed_old in range(-1, claimed_new + 2):
                _both_verify_consistency(claimed_old, claimed_new, old_root, new_root, proof)


# --- bad requests --------------------------------------------------------------------------


@pytest.mark.parametrize(("index", "size"), [(-1, 4), (4, 4), (0, 0), (0, 9), (5, 4)])
def test_inclusion_proof_refuses_an_index_outside_the_tree(index: int, size: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        inclusion_proof(LEAVES[:8], index, size)


@pytest.mark.parametrize(("old_size", "new_size"), [(0, 4), (5, 4), (-1, 4), (4, 9)])
def test_consistency_proof_refuses_sizes_out_of_order(old_size: int, new_size: int) -> None:
    with pytest.raises(ValueError, match="sizes"):
        consistency_proof(LEAVES[:8], old_size, new_size)


def test_proofs_use_only_the_first_size_leaves() -> None:
    assert inclusion_proof(LEAVES, 3, 7) == inclusion_proof(LEAVES[:7], 3, 7)
    assert consistency_proof(LEAVES, 3, 7) == consistency_proof(LEAVES[:7], 3, 7)


# --- large random trees ------------------------------------------------------------------

LARGE_LEAVES = [leaf_hash(i.to_bytes(4, "big")) for i in range(2000)]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_random_inclusion_proofs_in_large_trees(data: st.DataObject) -> None:
    size = data.draw(st.integers(1, len(LARGE_LEAVES)), label="size")
    index = data.draw(st.integers(0, size - 1), label="index")
    leaves = LARGE_LEAVES[:size]
    root_hash = root(leaves)
    assert TreeBuilder(leaves).root() == root_hash == rfc.mth(leaves)

    proof = inclusion_proof(leaves, index, size)
    assert _both_verify_inclusion(leaves[index], index, size, proof, root_hash)
    for forged in _forged_inclusion_proofs(proof, root_hash):
        assert not _both_verify_inclusion(leaves[index], index, size, forged, root_hash)
    if size > 1:
        other = (index + 1) % size
        assert not _both_verify_inclusion(leaves[other], index, size, proof, root_hash)
        assert not _both_verify_inclusion(leaves[index], other, size, proof, root_hash)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_random_consistency_proofs_in_large_trees(data: st.DataObject) -> None:
    new_size = data.draw(st.integers(2, len(LARGE_LEAVES)), label="new_size")
    old_size = data.draw(st.integers(1, new_size - 1), label="old_size")
    leaves = LARGE_LEAVES[:new_size]
    old_root, new_root = root(leaves[:old_size]), root(leaves)

    proof = consistency_proof(leaves, old_size, new_size)
    assert _both_verify_consistency(old_size, new_size, old_root, new_root, proof)
    for forged in _forged_consistency_proofs(proof, old_root, new_root):
        assert not _both_verify_consistency(old_size, new_size, old_root, new_root, forged)
    assert not _both_verify_consistency(old_size, new_size, new_root, old_root, proof)
