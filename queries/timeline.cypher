// name: timeline
// answers: relationships dated between two dates, in order; one about an event or agreement takes its date when it has none
// param: from date=0001-01-01  the first day (YYYY-MM-DD)
// param: to date=9999-12-31  the last day (YYYY-MM-DD)
MATCH (a)-[r]->(b)
WHERE r.type <> 'MENTIONS' AND coalesce(r.date, b.date) >= $from AND coalesce(r.date, b.date) <= $to
RETURN coalesce(r.date, b.date) AS date, r.type AS relation, a.name AS subject, b.name AS object,
       b.label AS objectLabel, r.evidenceSentence AS evidence, r.evidenceArticle AS articles,
       a.id AS subjectId, b.id AS objectId
ORDER BY date, relation, subject, object
