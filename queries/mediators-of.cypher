// name: mediators-of
// answers: who mediated one agreement or event, with the evidence
// param: what entity  the agreement or event, by name or alias ("humanitarian ceasefire of 10 October 2020")
MATCH (m:Person|State|Organisation)-[r:MEDIATED]->(x:Agreement|Event {id: $what})
RETURN m.name AS mediator, m.label AS kind, x.name AS what, coalesce(r.date, x.date) AS date,
       r.evidenceSentence AS evidence, r.evidenceArticle AS articles, m.id AS mediatorId, x.id AS whatId
ORDER BY mediator
