import pytest

from workbench.gui.following import following


class _Pane:
    _syncing = False


def test_the_flag_holds_inside_the_block_and_is_put_back_after():
    pane = _Pane()
    with following(pane):
        assert pane._syncing
        with following(pane):
            assert pane._syncing
        assert pane._syncing  # an inner block does not end the outer one
    assert not pane._syncing


def test_the_flag_is_put_back_when_the_block_raises():
    pane = _Pane()
    with pytest.raises(RuntimeError), following(pane):
        raise RuntimeError
    assert not pane._syncing
