// name: co-mentioned
// answers: which actors are named together in the most articles
// param: limit int=20 (1..1000)  how many pairs
MATCH (art:Article)-[:MENTIONS]->(a:Person|State|Organisation)
MATCH (art)-[:MENTIONS]->(b:Person|State|Organisation)
WHERE a.id < b.id
RETURN a.name AS actor1, b.name AS actor2, count(DISTINCT art.id) AS articles, a.id AS actor1Id, b.id AS actor2Id
ORDER BY articles DESC, actor1, actor2
LIMIT $limit
