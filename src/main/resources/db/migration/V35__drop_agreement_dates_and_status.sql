-- The signing date, the entry into force and the status are steps of agreement_step now (V34).
-- Where a document was signed stays with the document, beside the visit it was signed during.
alter table agreement
    drop column signed_on,
    drop column signed_precision,
    drop column in_force_on,
    drop column in_force_precision,
    drop column status;
