from workbench.core.groups import joined


def test_a_chain_of_pairs_makes_one_group_and_the_rest_stand_alone():
    groups = joined(["a", "b", "c", "d", "e"], [("c", "a"), ("e", "c")])
    assert groups == [["a", "c", "e"], ["b"], ["d"]]


def test_groups_keep_the_items_order_whatever_the_pairs_order():
    items = [5, 1, 4, 2, 3]
    one = joined(items, [(2, 5), (3, 1)])
    other = joined(items, [(1, 3), (5, 2)])
    assert one == other == [[5, 2], [1, 3], [4]]


def test_a_pair_naming_something_else_joins_nothing():
    assert joined(["a", "b"], [("a", "x"), ("x", "b")]) == [["a"], ["b"]]


def test_no_items_no_groups():
    assert joined([], [("a", "b")]) == []
