// name: who-mediated-what
// answers: who mediated which agreement or event, the parties to it, its date and the sentences that say so
// param: none
MATCH (m:Person|State|Organisation)-[r:MEDIATED]->(x:Agreement|Event)
OPTIONAL MATCH (p:Person|State|Organisation)-[:PARTY_TO|PARTICIPATED_IN]->(x)
RETURN m.name AS mediator, x.name AS what, x.label AS kind, collect(DISTINCT p.name) AS parties,
       coalesce(r.date, x.date) AS date, r.evidenceSentence AS evidence, r.evidenceArticle AS articles,
       m.id AS mediatorId, x.id AS whatId
ORDER BY what, mediator
