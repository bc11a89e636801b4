// name: actor
// answers: everything the graph says about one actor: each relationship, either way, with its evidence
// param: actor actor  the actor, by name or alias ("Lavrov" finds Sergey Lavrov)
MATCH (a:Person|State|Organisation {id: $actor})-[r]->(b)
WHERE r.type <> 'MENTIONS'
RETURN a.name AS actor, 'out' AS direction, r.type AS relation, b.name AS other, b.label AS otherLabel,
       coalesce(r.of, r.demand, r.role) AS detail, r.date AS date, r.evidenceSentence AS evidence,
       r.evidenceArticle AS articles, a.id AS actorId, b.id AS otherId
UNION ALL
MATCH (a:Person|State|Organisation {id: $actor})<-[r]-(b)
WHERE r.type <> 'MENTIONS'
RETURN a.name AS actor, 'in' AS direction, r.type AS relation, b.name AS other, b.label AS otherLabel,
       coalesce(r.of, r.demand, r.role) AS detail, r.date AS date, r.evidenceSentence AS evidence,
       r.evidenceArticle AS articles, a.id AS actorId, b.id AS otherId
