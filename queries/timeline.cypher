// name: timeline
// answers: relationships dated between two dates, in order; one about an event or agreement takes its date when it has none
// param: from date=0001-01-01  the first day (YYYY-MM-DD)
// param: to date=9999-12-31  the last day (YYYY-MM-DD)
// The types are named rather than MENTIONS excluded, so the 81k MENTIONS of the 10,000-article store are not read.
MATCH (a)-[r:MEDIATED|ACCUSED|CALLED_ON|CALLED|MET|REPRESENTS|MEMBER_OF|PART_OF|PARTY_TO|PARTICIPATED_IN]->(b)
WHERE coalesce(r.date, b.date) >= $from AND coalesce(r.date, b.date) <= $to
RETURN coalesce(r.date, b.date) AS date, r.type AS relation, a.name AS subject, b.name AS object,
       b.label AS objectLabel, r.evidenceSentence AS evidence, r.evidenceArticle AS articles,
       a.id AS subjectId, b.id AS objectId
ORDER BY date, relation, subject, object
