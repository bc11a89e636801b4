// name: path
// answers: the shortest chains of relationships between two nodes (at most 5 hops; articles left out)
// param: from entity  one end, by name or alias
// param: to entity  the other end, by name or alias
// dialect: Neo4j (shortestPath); path.embedded.cypher is the embedded store's form of the same query
MATCH (a {id: $from})
MATCH (b {id: $to})
MATCH p = allShortestPaths((a)-[:MEDIATED|ACCUSED|CALLED_ON|CALLED|MET|REPRESENTS|MEMBER_OF|PART_OF|PARTY_TO|PARTICIPATED_IN*..5]-(b))
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.type] AS relations,
       length(p) AS hops, [n IN nodes(p) | n.id] AS ids
ORDER BY hops
