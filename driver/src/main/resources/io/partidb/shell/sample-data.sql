-- Sample data that the PartiDB shell loads on jdbc:partidb:mem:demo (or with --sample).
-- Statements end with ';' at the end of a line; the shell runs them over plain JDBC.

-- Players' games: one item per user and game, keyed by partition key "User_ID" and sort key
-- "Game_ID". Attributes show the DynamoDB types: numbers, a boolean, an ISO-8601 string, a map
-- holding a list, a string set, a stored NULL (u3/g3 never played) and absent attributes.
CREATE TABLE IF NOT EXISTS "UsersGames" (
    "User_ID" STRING, "Game_ID" STRING, "Score" NUMBER, "Wins" NUMBER, "Active" BOOLEAN,
    "LastPlayed" STRING, "Stats" MAP, "Platforms" STRING SET,
    PRIMARY KEY ("User_ID", "Game_ID"));

INSERT INTO "UsersGames" VALUE {'User_ID': 'u1', 'Game_ID': 'g1', 'Score': 1200, 'Wins': 12, 'Active': TRUE, 'LastPlayed': '2026-11-20T18:30:00Z', 'Stats': {'level': 5, 'badges': ['gold', 'silver']}, 'Platforms': <<'pc', 'switch'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u1', 'Game_ID': 'g2', 'Score': 850, 'Wins': 7, 'Active': TRUE, 'LastPlayed': '2026-11-18T21:05:00Z', 'Stats': {'level': 3, 'badges': ['bronze']}, 'Platforms': <<'pc'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u1', 'Game_ID': 'g3', 'Score': 40, 'Wins': 0, 'Active': FALSE, 'LastPlayed': '2026-02-01T09:15:00Z', 'Platforms': <<'mobile'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u2', 'Game_ID': 'g1', 'Score': 2310, 'Wins': 25, 'Active': TRUE, 'LastPlayed': '2026-11-21T07:45:00Z', 'Stats': {'level': 9, 'badges': ['gold', 'gold', 'platinum']}, 'Platforms': <<'ps5', 'pc'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u2', 'Game_ID': 'g4', 'Score': 615, 'Wins': 4, 'Active': TRUE, 'LastPlayed': '2026-10-30T16:20:00Z', 'Stats': {'level': 2, 'badges': []}, 'Platforms': <<'switch'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u2', 'Game_ID': 'g5', 'Score': 1790, 'Wins': 15, 'Active': FALSE, 'LastPlayed': '2026-06-12T12:00:00Z', 'Stats': {'level': 7, 'badges': ['silver']}, 'Platforms': <<'xbox'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u3', 'Game_ID': 'g2', 'Score': 990, 'Wins': 9, 'Active': TRUE, 'LastPlayed': '2026-11-19T23:59:00Z', 'Stats': {'level': 4, 'badges': ['bronze', 'silver']}, 'Platforms': <<'pc', 'ps5'>>};
INSERT INTO "UsersGames" VALUE {'User_ID': 'u3', 'Game_ID': 'g3', 'Score': 0, 'Wins': 0, 'Active': FALSE, 'LastPlayed': NULL, 'Platforms': <<'mobile'>>};

-- The games themselves, keyed by "Game_ID" alone.
CREATE TABLE IF NOT EXISTS "Games" (
    "Game_ID" STRING, "Title" STRING, "Genre" STRING, "ReleaseYear" NUMBER,
    "Tags" STRING SET, "Publisher" MAP,
    PRIMARY KEY ("Game_ID"));

INSERT INTO "Games" VALUE {'Game_ID': 'g1', 'Title': 'Starfall Odyssey', 'Genre': 'RPG', 'ReleaseYear': 2023, 'Tags': <<'open-world', 'fantasy'>>, 'Publisher': {'name': 'Northwind Studios', 'country': 'SE'}};
INSERT INTO "Games" VALUE {'Game_ID': 'g2', 'Title': 'Pixel Kart Rally', 'Genre': 'Racing', 'ReleaseYear': 2021, 'Tags': <<'multiplayer', 'arcade'>>, 'Publisher': {'name': 'Bluebird Games', 'country': 'JP'}};
INSERT INTO "Games" VALUE {'Game_ID': 'g3', 'Title': 'Dungeon Tactics', 'Genre': 'Strategy', 'ReleaseYear': 2019, 'Tags': <<'turn-based', 'roguelike'>>, 'Publisher': {'name': 'Northwind Studios', 'country': 'SE'}};
INSERT INTO "Games" VALUE {'Game_ID': 'g4', 'Title': 'Harbor Tycoon', 'Genre': 'Simulation', 'ReleaseYear': 2024, 'Tags': <<'management'>>, 'Publisher': {'name': 'Tidewater Interactive', 'country': 'CA'}};
INSERT INTO "Games" VALUE {'Game_ID': 'g5', 'Title': 'Neon Rhythm', 'Genre': 'Music', 'ReleaseYear': 2022, 'Tags': <<'rhythm', 'multiplayer', 'arcade'>>, 'Publisher': {'name': 'Bluebird Games', 'country': 'JP'}};
