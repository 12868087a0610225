"""The trigger forest of kg.extract.relationtriggers: a sentence admits the keys it may match."""

from kg.extract.relationtriggers import Triggers, forest


def test_a_trigger_holding_another_is_its_child():
    assert forest({"koop", "inkoop", "via"}) == {"": ("koop", "via"), "koop": ("inkoop",)}


def test_admitted_keys_keep_table_order_and_need_one_trigger():
    triggers = Triggers([("samen",), ("inkoop",), ("koop", "via")])
    assert triggers.admitted("de inkoop gaat samen op") == [0, 1, 2]
    assert triggers.admitted("zij kopen via de regio") == [2]
    assert triggers.admitted("het weer was goed") == []
