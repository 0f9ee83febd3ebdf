-- The wording of its standard an application answers to (issue #24, docs/amendments.md): the day
-- that wording took effect, set when the application is submitted; with the standard's number it
-- names the wording (kz.qyzmet.catalog.Wording). Rows older than this migration were all submitted
-- under the decree's own wording (Decree No. 217 of 11.03.2014): no amendment existed before.
alter table qz_application add column wording_effective_from date;
update qz_application set wording_effective_from = date '2014-03-11';
