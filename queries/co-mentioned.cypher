// name: co-mentioned
// answers: which actors are named together in the most articles
// param: limit int=20 (1..1000)  how many pairs
// count(*) is the number of articles: an article MENTIONS a node once, so each (article, a, b) is one row, and
// count(DISTINCT art) cost three times as much on the 10,000-article store. Grouping by the nodes, not their
// names and ids, halves the time again.
MATCH (art:Article)-[:MENTIONS]->(a:Person|State|Organisation)
MATCH (art)-[:MENTIONS]->(b:Person|State|Organisation)
WHERE a.id < b.id
WITH a, b, count(*) AS articles
RETURN a.name AS actor1, b.name AS actor2, articles, a.id AS actor1Id, b.id AS actor2Id
ORDER BY articles DESC, actor1, actor2
LIMIT $limit
