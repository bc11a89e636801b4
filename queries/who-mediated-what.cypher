// name: who-mediated-what
// answers: who mediated which agreement or event, the parties to it, its date and the sentences that say so
// param: none
// The parties are collected once per agreement or event, before the mediators are matched: collecting them per
// mediator row (one MATCH, then OPTIONAL MATCH the parties) took 4-7 s on the 10,000-article store.
MATCH (x:Agreement|Event)
OPTIONAL MATCH (p:Person|State|Organisation)-[:PARTY_TO|PARTICIPATED_IN]->(x)
WITH x, collect(DISTINCT p.name) AS parties
MATCH (m:Person|State|Organisation)-[r:MEDIATED]->(x)
RETURN m.name AS mediator, x.name AS what, x.label AS kind, parties,
       coalesce(r.date, x.date) AS date, r.evidenceSentence AS evidence, r.evidenceArticle AS articles,
       m.id AS mediatorId, x.id AS whatId
ORDER BY what, mediator
