/**
 * Given names and family names for the demo organisation's people. A deliberately mixed list,
 * since Northwind Outfitters hires across Europe, the Americas, Africa and Asia.
 */

export const FIRST_NAMES: readonly string[] = [
  // English-speaking
  'Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Emily', 'Jack', 'Grace',
  'James', 'Sophie', 'William', 'Charlotte', 'Thomas', 'Lucy', 'Daniel', 'Hannah', 'Samuel', 'Megan',
  'Ethan', 'Olivia', 'Liam', 'Chloe', 'Benjamin', 'Abigail', 'Ryan', 'Natalie', 'Matthew', 'Rachel',
  'Andrew', 'Laura', 'Joshua', 'Victoria', 'Nathan', 'Katherine', 'Connor', 'Madison', 'Tyler', 'Lauren',
  'Dylan', 'Erin', 'Caleb', 'Jessica', 'Owen', 'Brianna', 'Henry', 'Claire', 'Patrick', 'Fiona',
  // Spanish and Portuguese
  'Mateo', 'Lucía', 'Santiago', 'Valentina', 'Diego', 'Camila', 'Alejandro', 'Isabela', 'Javier', 'Gabriela',
  'Andrés', 'Mariana', 'Carlos', 'Daniela', 'Rafael', 'Beatriz', 'João', 'Inês', 'Pedro', 'Carolina',
  // French, German, Dutch, Nordic, Italian
  'Louis', 'Camille', 'Hugo', 'Léa', 'Julien', 'Manon', 'Lukas', 'Lena', 'Felix', 'Mia',
  'Jonas', 'Hanna', 'Maximilian', 'Clara', 'Daan', 'Sanne', 'Lars', 'Ingrid', 'Erik', 'Freya',
  'Matteo', 'Giulia', 'Lorenzo', 'Francesca', 'Marco', 'Chiara',
  // Polish, Czech, Ukrainian, Greek
  'Jakub', 'Zofia', 'Piotr', 'Agnieszka', 'Tomasz', 'Kateřina', 'Oleksandr', 'Olena', 'Nikos', 'Eleni',
  // South Asian
  'Aarav', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Divya', 'Rahul', 'Neha',
  'Sanjay', 'Meera', 'Imran', 'Ayesha', 'Farhan', 'Nadia', 'Kiran', 'Pooja',
  // East and South-East Asian
  'Wei', 'Mei', 'Jun', 'Xin', 'Hiroshi', 'Yuki', 'Kenji', 'Sakura', 'Min-jun', 'Ji-woo',
  'Seo-yeon', 'Hyun', 'Minh', 'Linh', 'Thanh', 'Mai', 'Rizal', 'Putri', 'Jian', 'Hana',
  // African
  'Kwame', 'Ama', 'Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Tendai', 'Thandiwe', 'Kofi', 'Abena',
  'Tunde', 'Folake', 'Sipho', 'Zanele', 'Jabari', 'Amara', 'Kamau', 'Wanjiru',
  // Middle Eastern and North African
  'Omar', 'Layla', 'Youssef', 'Yasmin', 'Karim', 'Leila', 'Tariq', 'Noor', 'Samir', 'Rania',
  'Elif', 'Emre', 'Zeynep', 'Mehmet', 'Dara', 'Shirin',
  // Gender-neutral and others
  'Alex', 'Jordan', 'Taylor', 'Casey', 'Riley', 'Jamie', 'Robin', 'Avery', 'Quinn', 'Sasha',
];

export const LAST_NAMES: readonly string[] = [
  // English-speaking
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins',
  'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed',
  'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson', 'Wood', 'Watson', 'Brooks',
  'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Myers', 'Long', 'Ross', 'Foster', 'Powell',
  "O'Brien", 'Gallagher', 'Byrne', 'McCarthy', 'Fitzgerald', 'MacLeod', 'Fraser', 'Sinclair',
  // Spanish and Portuguese
  'Garcia', 'Martinez', 'Rodriguez', 'Hernandez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres',
  'Flores', 'Rivera', 'Gomez', 'Diaz', 'Morales', 'Ortiz', 'Castillo', 'Vargas', 'Romero', 'Mendoza',
  'Silva', 'Santos', 'Oliveira', 'Costa', 'Pereira', 'Ferreira', 'Almeida', 'Carvalho',
  // French, German, Dutch, Nordic, Italian
  'Dubois', 'Moreau', 'Laurent', 'Lefebvre', 'Girard', 'Bonnet', 'Müller', 'Schmidt', 'Schneider', 'Fischer',
  'Weber', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Wagner', 'de Vries', 'Jansen', 'van Dijk', 'Bakker',
  'Visser', 'Hansen', 'Johansson', 'Andersson', 'Nielsen', 'Lindqvist', 'Berg', 'Rossi', 'Russo', 'Ferrari',
  'Esposito', 'Bianchi', 'Romano', 'Conti', 'Ricci',
  // Central and Eastern European, Greek
  'Kowalski', 'Nowak', 'Wiśniewski', 'Novák', 'Dvořák', 'Horvat', 'Kovalenko', 'Shevchenko', 'Popescu', 'Papadopoulos',
  // South Asian
  'Patel', 'Sharma', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Menon', 'Desai',
  'Chopra', 'Mehta', 'Joshi', 'Rao', 'Bose', 'Khan', 'Hussain', 'Chaudhry', 'Rahman', 'Siddiqui',
  // East and South-East Asian
  'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhao', 'Wu', 'Lin', 'Tan',
  'Wong', 'Lim', 'Ng', 'Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Nakamura', 'Kobayashi', 'Kim',
  'Park', 'Choi', 'Jung', 'Kang', 'Nguyen', 'Tran', 'Pham', 'Le', 'Santoso', 'Reyes',
  'Cruz', 'Bautista', 'Villanueva',
  // African
  'Mensah', 'Boateng', 'Asante', 'Okafor', 'Adeyemi', 'Okonkwo', 'Eze', 'Balogun', 'Nwosu', 'Mwangi',
  'Otieno', 'Kariuki', 'Dlamini', 'Nkosi', 'Ndlovu', 'Moyo', 'Banda', 'Abebe', 'Tesfaye', 'Diallo',
  // Middle Eastern and North African
  'Haddad', 'Nasser', 'Khalil', 'Saleh', 'Mansour', 'Aziz', 'Farouk', 'Hamdan', 'Yilmaz', 'Demir',
  'Kaya', 'Şahin', 'Ahmadi', 'Hosseini', 'Karimi', 'Cohen', 'Levi', 'Mizrahi',
];

/** 'Lucía' -> 'lucia', "O'Brien" -> 'obrien', 'de Vries' -> 'devries', 'Min-jun' -> 'minjun'. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
